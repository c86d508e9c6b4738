import groovy.json.JsonSlurper

def json = new JsonSlurper()
def sarifA = json.parse(new File(basedir, 'module-a/target/corpus/corpus.sarif'))
def sarifB = json.parse(new File(basedir, 'module-b/target/corpus/corpus.sarif'))

// Paths start at the repository's root (this folder, made a repository before the build), not at the module.
def runA = sarifA.runs[0]
def dup = runA.results.find { it.ruleId == 'duplicate.exact' }
assert dup != null
def loc = dup.locations[0].physicalLocation.artifactLocation
assert loc.uri == 'module-a/src/main/corpus/wire/ferry-timetable-copy.txt'
assert loc.uriBaseId == '%SRCROOT%'
def related = dup.relatedLocations[0].physicalLocation.artifactLocation
assert related.uri == 'module-a/src/main/corpus/wire/ferry-timetable.txt'
assert related.uriBaseId == '%SRCROOT%'
runA.results.each { r ->
    r.locations.each { assert it.physicalLocation.artifactLocation.uri.startsWith('module-a/src/main/corpus/') }
}
def missing = sarifB.runs[0].results.find { it.ruleId == 'metadata.missing' }
assert missing.locations[0].physicalLocation.artifactLocation.uri == 'module-b/src/main/corpus/orchard-fair.txt'

// %SRCROOT% is declared: the repository's root as a file: URI ending in '/'.
[sarifA, sarifB].each { s ->
    def root = s.runs[0].originalUriBaseIds['%SRCROOT%'].uri
    assert root == basedir.toPath().toAbsolutePath().normalize().toUri().toASCIIString()
    assert root.startsWith('file:///') && root.endsWith('/')
}

// One category per module, so uploading both files keeps both modules' results.
assert runA.automationDetails.id == 'corpus-check/module-a/src/main/corpus/'
assert sarifB.runs[0].automationDetails.id == 'corpus-check/module-b/src/main/corpus/'

// The same SARIF structure as the unit test that validates it against the SARIF 2.1.0 schema; validated here too.
def registry = com.networknt.schema.SchemaRegistry.withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_4)
def schema = this.class.classLoader.getResourceAsStream('sarif/sarif-schema-2.1.0.json').withCloseable { registry.getSchema(it) }
['module-a', 'module-b'].each { m ->
    def errors = schema.validate(new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(new File(basedir, "${m}/target/corpus/corpus.sarif")))
    assert errors.isEmpty() : "${m}: ${errors}"
}

// GitLab Code Quality: the same repository-relative paths, fingerprints unique across both modules' reports.
def cqA = json.parse(new File(basedir, 'module-a/target/corpus/gl-code-quality-report.json'))
def cqB = json.parse(new File(basedir, 'module-b/target/corpus/gl-code-quality-report.json'))
def cqDup = cqA.find { it.check_name == 'duplicate.exact' }
assert cqDup.location.path == loc.uri
assert cqDup.location.lines.begin == 1
assert cqDup.severity == 'critical'
assert cqB.find { it.check_name == 'metadata.missing' }.location.path == 'module-b/src/main/corpus/orchard-fair.txt'
def fingerprints = (cqA + cqB).collect { it.fingerprint }
assert fingerprints.size() == fingerprints.toSet().size()
assert fingerprints.every { it ==~ /[0-9a-f]{32}/ }

// report.json keeps corpus-relative files and no absolute path.
def report = new File(basedir, 'module-a/target/corpus/report.json').getText('UTF-8')
assert report.contains('"directory": "src/main/corpus"')
assert !report.contains(basedir.absolutePath)
assert json.parseText(report).findings.find { it.rule == 'duplicate.exact' }.file == 'wire/ferry-timetable-copy.txt'

def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('No git repository above')
return true
