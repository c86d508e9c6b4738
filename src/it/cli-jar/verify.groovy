import java.util.zip.ZipFile

// cliJar and projectVersion come from the invoker configuration's scriptVariables
def jar = new File(cliJar)
assert jar.isFile() : "no command-line jar at ${jar}"
def java = new File(System.getProperty('java.home'), 'bin/java').path

def run = { List<String> args ->
    def p = ([java, '-jar', jar.path] + args).execute(null, basedir)
    def out = new StringBuilder()
    def err = new StringBuilder()
    p.waitForProcessOutput(out, err)
    [exit: p.exitValue(), out: out.toString(), err: err.toString()]
}

// a runnable jar with its dependencies, its services merged, and no Maven inside
new ZipFile(jar).withCloseable { zip ->
    def names = zip.entries().collect { it.name }
    assert names.contains('picocli/CommandLine.class')
    assert names.contains('org/snakeyaml/engine/v2/api/Load.class')
    assert names.contains('com/fasterxml/jackson/core/JsonParser.class')
    assert !names.any { it.startsWith('org/apache/maven/') || it.startsWith('io/github/corpuscheck/maven/') }
    assert !names.any { it ==~ /META-INF\/[^\/]+\.(SF|RSA|DSA|EC)/ }
}

def version = run(['--version'])
assert version.exit == 0
assert version.out.trim() == "corpus-maven-plugin ${projectVersion}"

// every family is registered: their settings are options
def help = run(['check', '--help'])
assert help.exit == 0
['--directory=', '--shingleSize=', '--maxDate=', '--minWords=', '--config=', '--rule=', '--limit='].each {
    assert help.out.contains(it) : "${it} not in\n${help.out}"
}

def failing = run(['check', 'corpus', '--maxDate', '2025-12-31'])
assert failing.exit == 1 : failing
assert failing.err.readLines().last() == "[ERROR] Corpus check failed: 2 error finding(s): duplicate.exact (1), " +
        "metadata.missing (1). See ${new File(basedir, 'target/corpus/report.json').canonicalPath}"
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/corpus/report.json'))
assert json.tool.version == projectVersion
assert json.findings*.rule.sort() == ['duplicate.exact', 'metadata.missing']

def clean = run(['check', 'clean', '--maxDate', '2025-12-31', '--outputDirectory', 'target/clean'])
assert clean.exit == 0 : clean
assert clean.err.isEmpty() : clean.err

def missing = run(['check', 'missing'])
assert missing.exit == 2 : missing
assert !missing.err.contains('Exception')

return true
