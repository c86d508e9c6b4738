def out = new File(basedir, 'target/corpus')
['report.json', 'timing.json', 'index.html', 'corpus.sarif', 'TEST-corpus.xml', 'summary.md'].each {
    assert new File(out, it).isFile() : "missing ${it}"
}

// HTML: titled by the project's name; the cluster is in the page's data; the script tag from the text is escaped
// (as \u003c inside the data block, which no corpus text can close).
def html = new File(out, 'index.html').getText('UTF-8')
assert html.contains('<h1>Newsroom reports</h1>')
assert html.contains('<section id="clusters">')
assert html.contains('["library-hours-2024-09-12",2,')
// The undated article's id carries a script tag: it is in the data, escaped, with its metadata.missing finding.
assert html.contains('web-safety \\u003cscript\\u003ealert(\'gotcha\')\\u003c/script\\u003e')
assert !html.contains("<script>alert('gotcha')")

// JUnit XML parses and has a failing case for the crossed limit.
def suite = new groovy.xml.XmlSlurper().parse(new File(out, 'TEST-corpus.xml'))
assert suite.name() == 'testsuite'
def limitCase = suite.testcase.find { it.@name == 'limit duplicate.* count' }
assert limitCase.failure.size() == 1
assert limitCase.failure.@message == 'Limit crossed: duplicate.* count 1 > 0'
def dupCase = suite.testcase.find { it.@name == 'duplicate.exact' }
assert dupCase.failure.size() == 0  // a warning rule passes; the limit fails

// SARIF: 2.1.0, URIs relative to the project (sarifRoot) with %SRCROOT%.
def sarif = new groovy.json.JsonSlurper().parse(new File(out, 'corpus.sarif'))
assert sarif.version == '2.1.0'
def result = sarif.runs[0].results.find { it.ruleId == 'duplicate.exact' }
def loc = result.locations[0].physicalLocation
assert loc.artifactLocation.uri == 'src/main/corpus/library-hours-copy.txt'
assert loc.artifactLocation.uriBaseId == '%SRCROOT%'
assert result.relatedLocations[0].physicalLocation.artifactLocation.uri == 'src/main/corpus/library-hours.txt'
assert sarif.runs[0].automationDetails.id == 'corpus-check/src/main/corpus/'
assert sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri.endsWith('/reports-all-formats/')
assert sarif.runs[0].tool.driver.rules.find { it.id == 'duplicate.exact' }.defaultConfiguration.level == 'error'

// SARIF validates against the OASIS SARIF 2.1.0 JSON schema (test resource, validator from the test classpath).
def registry = com.networknt.schema.SchemaRegistry.withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_4)
def schemaStream = this.class.classLoader.getResourceAsStream('sarif/sarif-schema-2.1.0.json')
assert schemaStream != null
def schema = schemaStream.withCloseable { registry.getSchema(it) }
def errors = schema.validate(new com.fasterxml.jackson.databind.ObjectMapper().readTree(new File(out, 'corpus.sarif')))
assert errors.isEmpty() : errors.toString()

def md = new File(out, 'summary.md').getText('UTF-8')
assert md.contains('| `duplicate.\\*` count | 1 | 0 | **crossed** |')
return true
