// The Corpus page is in the site, with the content of the run the report made (no report.json existed before).
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('running the corpus check for the report')
assert !log.contains('does not contain any report goals')

def page = new File(basedir, 'target/site/corpus.html')
assert page.isFile() : 'no target/site/corpus.html'
def html = page.getText('UTF-8')
// Text of the page, tags taken out: cells become ' | '-separated words.
def text = html.replaceAll(/<\/t[dh]>\s*<t[dh][^>]*>/, ' | ').replaceAll(/<[^>]+>/, ' ').replaceAll(/[ \t]+/, ' ')
assert text.contains('Verdict: failed (1 error finding, 1 crossed limit).')
assert text.contains('duplicate.exact | warning | 1')
assert text.contains('metadata.missing | error | 1')
assert text.contains('duplicate.* | count | 0 | 1 | -1 | crossed')
// the worst finding first, located in the project, the id's script tag escaped by the sink
assert text.contains('error | metadata.missing | src/main/corpus/web-safety.txt:1 |')
assert html.contains('web-safety &lt;script&gt;')
assert !html.contains("<script>alert('gotcha')")
assert text.contains('warning | duplicate.exact | src/main/corpus/library-hours-copy.txt:1 | library-hours-copy |')
assert text.contains('library-hours-2024-09-12 | 2 | 1 | library-hours-copy')
// the site's menu links the page
assert new File(basedir, 'target/site/project-reports.html').getText('UTF-8').contains('corpus.html')
// the report the page shows was written as check writes it
assert new File(basedir, 'target/corpus/report.json').isFile()
return true
