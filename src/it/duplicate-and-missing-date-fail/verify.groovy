def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// one clear failure summary naming each error rule, no stack trace
assert log.contains('Corpus check failed: 2 error finding(s): duplicate.exact (1), metadata.missing (1); limit(s) crossed: duplicate.* ratio 0.333333 > 0.01.')
assert log.contains('[duplicate.exact] bridge-repairs-repost.txt:1 (bridge-repairs-repost)')
assert log.contains('[metadata.missing] market-hall.txt:1')
assert !log.contains('\tat ') && !(log =~ /\w+Exception:/)  // no stack trace
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/corpus/report.json'))
assert json.summary.byRule['duplicate.exact'] == 1
assert json.summary.byRule['metadata.missing'] == 1
def dup = json.findings.find { it.rule == 'duplicate.exact' }
assert dup.document == 'bridge-repairs-repost'
assert dup.related == ['bridge-repairs-2024-06-03']
def missing = json.findings.find { it.rule == 'metadata.missing' }
assert missing.file == 'market-hall.txt' && missing.line == 1 && missing.evidence.field == 'date'
return true
