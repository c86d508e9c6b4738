def baseline = new groovy.json.JsonSlurper().parse(new File(basedir, 'corpus-baseline.json'))
assert baseline.fingerprintVersion == 1
assert baseline.findings*.rule == ['duplicate.exact']

// The last invocation (with new/) failed on the new duplicate only.
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/corpus/report.json'))
assert json.findings.size() == 1
assert json.findings[0].rule == 'duplicate.exact'
assert json.findings[0].document.startsWith('orchard-2024-10-03')
assert json.summary.baselined == 1
assert json.summary.fixed == 0
assert json.summary.failed == true
def log = new File(basedir, 'build.log').text
assert log.contains('Corpus check failed: 1 error finding(s): duplicate.exact (1).')
return true
