// The build runs inside a git repository whose root is this IT's folder, as a user's checkout would be.
def git = ['git', '-c', 'init.defaultBranch=main', 'init', '-q', basedir.path].execute()
def out = new StringBuilder(), err = new StringBuilder()
git.waitForProcessOutput(out, err)
assert git.exitValue() == 0 : "git init failed: ${err}"
assert new File(basedir, '.git').isDirectory()
return true
