def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('No corpus at ')
assert log.contains('skipping')
assert !new File(basedir, 'target/corpus/report.json').exists()
return true
