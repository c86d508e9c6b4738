def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains(': 3 documents in 1 file, ')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/corpus/report.json'))
assert json.corpus.documents == 3
// the date comes from /meta/published: nothing is missing
assert !json.summary.byRule.containsKey('metadata.missing')
assert !json.summary.byRule.containsKey('input.missing-text')
assert json.summary.errors == 0
return true
