def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat ') && !(log =~ /\w+Exception:/)  // no stack trace
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/corpus/report.json'))
def at = { rule -> json.findings.findAll { it.rule == rule }.collect { it.file + ':' + it.line } }
assert at('input.malformed') == ['feed.jsonl:2']
assert at('input.not-object') == ['feed.jsonl:3']
assert at('input.missing-text') == ['feed.jsonl:4']
assert at('input.encoding') == ['latin-1.txt:5']
assert json.findings.find { it.rule == 'input.binary' }.file == 'cover-image.txt'
assert json.findings.find { it.rule == 'input.empty-file' }.file == 'empty.txt'
// the good documents are still read and checked
assert at('metadata.missing') == ['feed.jsonl:5']
assert json.corpus.documents == 4
return true
