(function () {
'use strict';
// Draws the findings, pictures and clusters of the page from its embedded data. Every corpus string reaches the
// page as text (textContent, or a percent-encoded part of a link), never as markup.
var dataElement = document.getElementById('data');
var D = JSON.parse(dataElement.textContent);
dataElement.textContent = ''; // the parsed data is all the page needs: free the text
var F = D.findings, R = D.rules, FILES = D.files, P = D.pictures, L = D.links, C = D.clusters, PAIRS = D.pairs;
var PAGE = 50, CPAGE = 20, SVG = 'http://www.w3.org/2000/svg';
function $(id) { return document.getElementById(id); }
function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) { e.className = cls; }
  if (text !== undefined && text !== null) { e.textContent = text; }
  return e;
}
function fmt(n) { return n.toLocaleString('en-US'); }
function encPath(p) { return p.split('/').map(encodeURIComponent).join('/'); }
function fill(t, name, value) { return t.split(name).join(value); }

// ---- findings ----
var st = {sev: '', family: '', rule: '', file: '', q: '', sort: 'file', month: -1, folder: -1, size: -1, length: -1, page: 0};
var PICK = {month: 9, folder: 10, size: 11, length: 12};
var fileLower = FILES.map(function (f) { return f.toLowerCase(); });
var hay = null;
var shown = [];
function haystack() {
  if (hay === null) {
    hay = new Array(F.length);
    for (var i = 0; i < F.length; i++) {
      var f = F[i];
      hay[i] = (R[f[0]][0] + '\n' + (f[2] < 0 ? '' : FILES[f[2]]) + '\n' + f[4] + '\n' + f[5] + '\n' + f[6] + '\n' + f[7]).toLowerCase();
    }
  }
  return hay;
}
// The filters other than the text, as a key: while only the text grows, the next result is within the last one.
var last = {key: null, q: ''};
function apply(keepPage) {
  var sev = st.sev === '' ? -1 : (st.sev === 'error' ? 0 : 1);
  var q = st.q.toLowerCase(), file = st.file.toLowerCase();
  var h = q === '' ? null : haystack();
  var key = [st.sev, st.family, st.rule, file, st.sort, st.month, st.folder, st.size, st.length].join('\n');
  var narrow = key === last.key && last.q !== '' && q.indexOf(last.q) >= 0;
  last.key = key;
  last.q = q;
  var out = [];
  var n = narrow ? shown.length : F.length;
  for (var k = 0; k < n; k++) {
    var i = narrow ? shown[k] : k;
    var f = F[i], r = R[f[0]];
    if (sev >= 0 && f[1] !== sev) { continue; }
    if (st.rule !== '' && r[0] !== st.rule) { continue; }
    if (st.family !== '' && r[1] !== st.family) { continue; }
    if (file !== '' && (f[2] < 0 || fileLower[f[2]].indexOf(file) < 0)) { continue; }
    if (st.month >= 0 && f[9] !== st.month) { continue; }
    if (st.folder >= 0 && f[10] !== st.folder) { continue; }
    if (st.size >= 0 && f[11] !== st.size) { continue; }
    if (st.length >= 0 && f[12] !== st.length) { continue; }
    if (h !== null && h[i].indexOf(q) < 0) { continue; }
    out.push(i);
  }
  if (narrow) {
    // already in the chosen order
  } else if (st.sort === 'rule') {
    out.sort(function (a, b) { return (R[F[a][0]][0] < R[F[b][0]][0] ? -1 : R[F[a][0]][0] > R[F[b][0]][0] ? 1 : a - b); });
  } else if (st.sort === 'severity') {
    out.sort(function (a, b) { return F[a][1] - F[b][1] || a - b; });
  }
  shown = out;
  if (!keepPage) { st.page = 0; }
  render();
}
function pages() { return Math.max(1, Math.ceil(shown.length / PAGE)); }
function render() {
  var body = $('f-rows');
  body.textContent = '';
  var from = st.page * PAGE, to = Math.min(shown.length, from + PAGE);
  var frag = document.createDocumentFragment();
  for (var k = from; k < to; k++) { frag.appendChild(row(shown[k])); }
  body.appendChild(frag);
  var more = D.total > F.length ? ' (' + fmt(D.total - F.length) + ' more in report.json)' : '';
  $('f-count').textContent = fmt(shown.length) + ' of ' + fmt(F.length) + ' shown' + more;
  $('f-page').textContent = 'page ' + (st.page + 1) + ' of ' + pages();
  $('f-prev').disabled = st.page === 0;
  $('f-next').disabled = st.page + 1 >= pages();
  chips();
}
function row(i) {
  var f = F[i], r = R[f[0]];
  var tr = el('tr');
  tr.appendChild(el('td', f[1] === 0 ? 'error' : 'warning', f[1] === 0 ? 'error' : 'warning'));
  tr.appendChild(el('td', null, r[0]));
  var where = el('td');
  if (f[2] >= 0) {
    var file = FILES[f[2]];
    var a = el('a', 'file', file + (f[3] > 0 ? ':' + f[3] : ''));
    a.href = L.file + encPath(file);
    where.appendChild(a);
    if (L.forge) {
      var s = el('a', 'forge', ' source');
      s.href = fill(fill(f[3] > 0 ? L.forge : L.forgeNoLine, '{path}', encPath(file)), '{line}', String(f[3]));
      where.appendChild(document.createTextNode(' · '));
      where.appendChild(s);
    }
  }
  tr.appendChild(where);
  var doc = el('td', null, f[4]);
  if (f[8] >= 0) {
    doc.appendChild(el('br'));
    var c = el('a', 'to-cluster', 'cluster of ' + C[f[8]][0]);
    c.href = '#cluster-' + f[8];
    doc.appendChild(c);
  }
  tr.appendChild(doc);
  var msg = el('td', null, f[5]);
  if (f[6] !== '') { msg.appendChild(el('span', 'ev', 'related: ' + f[6])); }
  if (f[7] !== '') { msg.appendChild(el('span', 'ev', f[7])); }
  tr.appendChild(msg);
  return tr;
}
function chips() {
  var box = $('f-chips');
  box.textContent = '';
  var names = {month: P.byYear ? 'year' : 'month', folder: P.byFile ? 'file' : 'folder', size: 'cluster size', length: 'length'};
  var labels = {month: P.months, folder: P.folders, size: P.sizes, length: P.lengths.map(function (x) { return x[0] + ' words'; })};
  Object.keys(PICK).forEach(function (k) {
    if (st[k] >= 0) {
      var c = el('span', 'chip', names[k] + ' ' + labels[k][st[k]] + ' ×');
      c.title = 'Remove this filter';
      c.addEventListener('click', function () { pick(k, st[k]); });
      box.appendChild(c);
    }
  });
}
function bind(id, key, event) {
  $(id).addEventListener(event, function () { st[key] = $(id).value; apply(false); });
}
bind('f-sev', 'sev', 'change');
bind('f-family', 'family', 'change');
bind('f-rule', 'rule', 'change');
bind('f-sort', 'sort', 'change');
bind('f-file', 'file', 'input');
bind('f-q', 'q', 'input');
$('f-prev').addEventListener('click', function () { if (st.page > 0) { st.page--; render(); } });
$('f-next').addEventListener('click', function () { if (st.page + 1 < pages()) { st.page++; render(); } });
$('f-clear').addEventListener('click', function () {
  ['f-sev', 'f-family', 'f-rule', 'f-file', 'f-q'].forEach(function (id) { $(id).value = ''; });
  st.sev = st.family = st.rule = st.file = st.q = '';
  Object.keys(PICK).forEach(function (k) { st[k] = -1; });
  marks();
  apply(false);
});
Array.prototype.forEach.call(document.querySelectorAll('a[data-rule]'), function (a) {
  a.addEventListener('click', function () {
    st.rule = a.getAttribute('data-rule');
    $('f-rule').value = st.rule;
    apply(false);
  });
});

// ---- pictures ----
var bars = {month: [], folder: [], size: [], length: []};
function pick(key, i) {
  st[key] = st[key] === i ? -1 : i;
  marks();
  apply(false);
  $('findings').scrollIntoView();
}
function marks() {
  Object.keys(bars).forEach(function (k) {
    bars[k].forEach(function (b, i) { b.setAttribute('class', b.getAttribute('class').replace(/ on$/, '') + (st[k] === i ? ' on' : '')); });
  });
}
function svg(tag, attrs) {
  var e = document.createElementNS(SVG, tag);
  Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
  return e;
}
function counts(column, n) {
  var c = new Array(n).fill(0);
  for (var i = 0; i < F.length; i++) { if (F[i][column] >= 0) { c[F[i][column]]++; } }
  return c;
}
// Vertical bars: labels under every few bars, the highest count on the left.
function vbars(figure, key, labels, values, unit) {
  var W = 640, H = 150, left = 44, top = 8, n = labels.length;
  var max = Math.max.apply(null, values.concat([1]));
  var s = svg('svg', {viewBox: '0 0 ' + W + ' ' + (H + top + 34), width: '100%', role: 'img'});
  var bw = (W - left) / n;
  s.appendChild(svg('line', {x1: left - 2, y1: top + H, x2: W, y2: top + H, stroke: '#999'}));
  var t = svg('text', {x: 0, y: top + 10});
  t.textContent = fmt(max);
  s.appendChild(t);
  var step = Math.ceil(n / 10);
  for (var i = 0; i < n; i++) {
    var h = values[i] === 0 ? 0 : Math.max(1, Math.round(values[i] / max * H));
    var b = svg('rect', {x: (left + i * bw).toFixed(1), y: top + H - h, width: Math.max(1, bw - 1).toFixed(1), height: h,
      'class': key === null ? 'nobar' : 'bar'});
    var tip = svg('title', {});
    tip.textContent = labels[i] + ': ' + fmt(values[i]) + ' ' + unit;
    b.appendChild(tip);
    if (key !== null) {
      (function (k, j) { b.addEventListener('click', function () { pick(k, j); }); })(key, i);
      bars[key].push(b);
    }
    s.appendChild(b);
    if (i % step === 0) {
      var l = svg('text', {x: (left + i * bw + bw / 2).toFixed(1), y: top + H + 14, 'text-anchor': 'middle'});
      l.textContent = labels[i];
      s.appendChild(l);
    }
  }
  figure.appendChild(s);
}
// Horizontal bars, for long labels (folders).
function hbars(figure, key, labels, values, unit) {
  var W = 640, RH = 18, lw = 250, n = labels.length;
  var max = Math.max.apply(null, values.concat([1]));
  var s = svg('svg', {viewBox: '0 0 ' + W + ' ' + (n * RH + 4), width: '100%', role: 'img'});
  for (var i = 0; i < n; i++) {
    var y = i * RH + 2;
    var l = svg('text', {x: lw - 6, y: y + 12, 'text-anchor': 'end'});
    l.textContent = labels[i].length > 38 ? '…' + labels[i].slice(-37) : labels[i];
    s.appendChild(l);
    var w = Math.max(1, Math.round(values[i] / max * (W - lw - 60)));
    var b = svg('rect', {x: lw, y: y, width: w, height: RH - 4, 'class': 'bar'});
    var tip = svg('title', {});
    tip.textContent = labels[i] + ': ' + fmt(values[i]) + ' ' + unit;
    b.appendChild(tip);
    (function (j) { b.addEventListener('click', function () { pick(key, j); }); })(i);
    bars[key].push(b);
    s.appendChild(b);
    var v = svg('text', {x: lw + w + 4, y: y + 12});
    v.textContent = fmt(values[i]);
    s.appendChild(v);
  }
  figure.appendChild(s);
}
function note(figure, text) { figure.appendChild(el('p', 'note', text)); }
(function pictures() {
  var m = $('p-month');
  if (P.months.length === 0) {
    note(m, 'No finding is about a document with a readable date.');
  } else {
    var mc = counts(9, P.months.length);
    vbars(m, 'month', P.months, mc, 'findings');
    var undated = F.length - mc.reduce(function (a, b) { return a + b; }, 0);
    if (undated > 0) { note(m, fmt(undated) + ' findings are about documents without a readable date.'); }
  }
  var fo = $('p-folder');
  if (P.byFile) { fo.firstChild.textContent = 'Findings per file (all in one folder)'; }
  if (P.folders.length === 0) {
    note(fo, 'No finding names a file.');
  } else {
    hbars(fo, 'folder', P.folders, counts(10, P.folders.length), 'findings');
  }
  if ($('p-size')) {
    vbars($('p-size'), 'size', P.sizes, P.clustersBySize, 'clusters');
    note($('p-size'), 'Click a bar for the findings of documents in clusters of that size.');
  }
  if ($('p-length')) {
    vbars($('p-length'), 'length', P.lengths.map(function (x) { return x[0]; }), P.lengths.map(function (x) { return x[1]; }), 'documents');
    note($('p-length'), 'Click a bar for the findings of documents of that length.');
  }
})();

// ---- clusters ----
var cs = {q: '', page: 0, list: null};
function clusterList() {
  if (cs.list === null) {
    var q = cs.q.toLowerCase();
    cs.list = [];
    for (var i = 0; i < C.length; i++) {
      if (q === '' || C[i][0].toLowerCase().indexOf(q) >= 0 || C[i][3].some(function (m) { return m[0].toLowerCase().indexOf(q) >= 0; })) {
        cs.list.push(i);
      }
    }
  }
  return cs.list;
}
function renderClusters() {
  var box = $('c-list');
  if (!box) { return; }
  var list = clusterList(), n = Math.max(1, Math.ceil(list.length / CPAGE));
  box.textContent = '';
  for (var k = cs.page * CPAGE; k < Math.min(list.length, (cs.page + 1) * CPAGE); k++) { box.appendChild(cluster(list[k])); }
  var more = D.clusterTotal > C.length ? ' (' + fmt(D.clusterTotal - C.length) + ' more in report.json)' : '';
  $('c-count').textContent = fmt(list.length) + ' of ' + fmt(C.length) + ' clusters' + more;
  $('c-page').textContent = 'page ' + (cs.page + 1) + ' of ' + n;
  $('c-prev').disabled = cs.page === 0;
  $('c-next').disabled = cs.page + 1 >= n;
}
function cluster(i) {
  var c = C[i];
  var d = el('details', 'cluster');
  d.id = 'cluster-' + i;
  d.appendChild(el('summary', null, c[0] + ' and ' + fmt(c[1] - 1) + (c[1] === 2 ? ' other document' : ' other documents')
    + ' (lowest similarity ' + c[2] + ')'));
  d.addEventListener('toggle', function () {
    if (d.open && d.childNodes.length === 1) { clusterBody(d, c); }
  });
  return d;
}
function clusterBody(d, c) {
  var t = el('table');
  var head = el('tr');
  ['Member', 'Rule', 'Jaccard', 'Contained in representative', 'Representative contained', 'Shared paragraphs'].forEach(function (h) { head.appendChild(el('th', null, h)); });
  t.appendChild(head);
  c[3].forEach(function (m) {
    var tr = el('tr');
    m.forEach(function (v) { tr.appendChild(el('td', null, String(v))); });
    t.appendChild(tr);
  });
  d.appendChild(el('p', null, 'Representative: ' + c[0]));
  d.appendChild(t);
  if (c[1] - 1 > c[3].length) { d.appendChild(el('p', 'note', fmt(c[1] - 1 - c[3].length) + ' more members are in report.json.')); }
  c[4].forEach(function (p) { d.appendChild(side(PAIRS[p])); });
}
function side(p) {
  var t = el('table', 'side');
  var head = el('tr');
  head.appendChild(el('th', null, p[0]));
  head.appendChild(el('th', null, p[1] + ' (representative)'));
  t.appendChild(head);
  var tr = el('tr');
  [p[2], p[3]].forEach(function (paragraphs) {
    var td = el('td');
    paragraphs.forEach(function (x) { td.appendChild(el('p', x[1] ? 'shared' : null, x[0])); });
    tr.appendChild(td);
  });
  t.appendChild(tr);
  return t;
}
function showCluster(i) {
  if (!$('c-list') || i < 0 || i >= C.length) { return; }
  cs.q = '';
  $('c-q').value = '';
  cs.list = null;
  cs.page = Math.floor(i / CPAGE);
  renderClusters();
  var d = $('cluster-' + i);
  d.open = true;
  if (d.childNodes.length === 1) { clusterBody(d, C[i]); }
  d.classList.add('hit');
  d.scrollIntoView();
}
if ($('c-list')) {
  $('c-q').addEventListener('input', function () { cs.q = $('c-q').value; cs.list = null; cs.page = 0; renderClusters(); });
  $('c-prev').addEventListener('click', function () { if (cs.page > 0) { cs.page--; renderClusters(); } });
  $('c-next').addEventListener('click', function () { cs.page++; renderClusters(); });
}
$('f-rows').addEventListener('click', function (ev) {
  var a = ev.target.closest('a.to-cluster');
  if (a) {
    ev.preventDefault();
    history.replaceState(null, '', a.getAttribute('href'));
    showCluster(parseInt(a.getAttribute('href').slice(9), 10));
  }
});
function fromHash() {
  var m = /^#cluster-(\d+)$/.exec(location.hash);
  if (m) { showCluster(parseInt(m[1], 10)); }
}
window.addEventListener('hashchange', fromHash);

apply(false);
renderClusters();
fromHash();
// The text filter's lower-case texts, made while the reader looks at the first screen.
setTimeout(haystack, 50);
})();
