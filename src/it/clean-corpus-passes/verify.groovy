def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains(': 2 documents in 2 files, ')
assert log.contains('Limit duplicate.* ratio 0.0')
def report = new File(basedir, 'target/corpus/report.json')
assert report.isFile()
def json = new groovy.json.JsonSlurper().parse(report)
assert json.schemaVersion == 1
assert json.corpus.documents == 2
assert json.summary.errors == 0
assert json.findings.findAll { it.severity == 'error' }.isEmpty()
assert new File(basedir, 'target/corpus/timing.json').isFile()
// the plugin never writes into the corpus folder
assert new File(basedir, 'src/main/corpus').list().sort() == ['bridge-repairs.txt', 'choir-festival.md']
return true
