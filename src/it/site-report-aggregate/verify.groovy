// The aggregate page and report.json of two modules, from the report.json files their checks wrote.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Generating "Corpus (aggregate)" report')
// the reports were read from what the checks wrote in the first build, not made again
assert !log.contains('running the corpus check for the report')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/corpus/aggregate/report.json'))
assert json.kind == 'aggregate'
assert json.summary.modules == 2
assert json.summary.failed == true
assert json.summary.failedModules == ['module-a']
assert json.summary.byRule == ['duplicate.exact': 1, 'metadata.missing': 1, 'truncation.too-short': 1]
assert json.modules*.module == ['module-a', 'module-b']
assert json.modules*.artifactId == ['corpus-a', 'corpus-b']
def a = json.modules[0], b = json.modules[1]
assert a.corpus == 'module-a/src/main/corpus'
assert [a.documents, a.errors, a.warnings, a.failed] == [3, 1, 1, true]
assert a.byRule == ['duplicate.exact': 1, 'metadata.missing': 1]
assert a.limits == [[target: 'duplicate.*', metric: 'count', value: 1, maximum: 0, passed: false]]
assert [b.documents, b.errors, b.warnings, b.failed] == [2, 0, 1, false]
assert b.byRule == ['truncation.too-short': 1]
assert json.findings.collect { "${it.module} ${it.rule} ${it.file}:${it.line}".toString() } == [
        'module-a duplicate.exact module-a/src/main/corpus/library-hours-copy.txt:1',
        'module-a metadata.missing module-a/src/main/corpus/web-safety.txt:1',
        'module-b truncation.too-short module-b/src/main/corpus/council-brief.txt:1']

def html = new File(basedir, 'target/site/corpus-aggregate.html').getText('UTF-8')
def text = html.replaceAll(/<\/t[dh]>\s*<t[dh][^>]*>/, ' | ').replaceAll(/<[^>]+>/, ' ').replaceAll(/[ \t]+/, ' ')
assert text.contains('Verdict: failed in 1 of 2 modules (module-a).')
assert text.contains('module-a | corpus-a | module-a/src/main/corpus | failed | 3 | 1 | 1 | 1')
assert text.contains('module-b | corpus-b | module-b/src/main/corpus | passed | 2 | 0 | 1 | 0')
assert text.contains('truncation.too-short | 1 | module-b 1')
assert text.contains('module-a | duplicate.* | count | 0 | 1 | -1 | crossed')
assert text.contains('error | metadata.missing | module-a/src/main/corpus/web-safety.txt:1 |')
assert text.contains('warning | truncation.too-short | module-b/src/main/corpus/council-brief.txt:1 | council-brief-2024-10-02 |')
assert text.contains('module-a | library-hours-2024-09-12 | 2 | 1 | library-hours-copy')

// each module also has its own page; the parent has no corpus, so no page of its own
assert new File(basedir, 'module-b/target/site/corpus.html').getText('UTF-8').contains('truncation.too-short')
assert !new File(basedir, 'target/site/corpus.html').exists()
return true
