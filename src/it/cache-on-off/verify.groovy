def target = new File(basedir, 'target')
def off = new File(target, 'nocache/report.json')
def on = new File(target, 'cached/report.json')
assert off.isFile() && on.isFile()
assert !new File(target, 'nocache/cache').exists()
assert new File(target, 'cached/cache/analysis.bin').isFile()
assert off.bytes == on.bytes
def json = new groovy.json.JsonSlurper().parse(on)
assert json.summary.byRule['duplicate.exact'] == 1
assert json.summary.byRule['input.malformed'] == 1
def log = new File(basedir, 'build.log').text
assert log.contains('Incremental cache: 3 of 3 files unchanged, 0 read.')
// The cached run takes the corpus phase's values from the memo: it re-reads no document either.
assert log.contains('Corpus phase: 0 of 0 values reused, 3 added.')
assert log.contains('Corpus phase: 3 of 3 values reused, 0 added.')
return true
