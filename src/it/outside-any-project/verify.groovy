def log = new File(basedir, 'build.log').text
assert log.contains(': 2 documents in 2 files, ')
assert log.contains('Corpus check failed: 1 error finding(s): metadata.missing (1)')
// without a project the reports go to ./target/corpus
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/corpus/report.json'))
def meta = json.findings.findAll { it.rule.startsWith('metadata.') }
assert meta*.document == ['undated.txt']
assert meta[0].rule == 'metadata.missing'
return true
