import sys, re
# Insert a YAML block into the frontmatter of a translation file, before its closing ---.
path, block = sys.argv[1], open(sys.argv[2]).read().rstrip('\n') + '\n'
s = open(path).read()
head, rest = s.split('---\n', 1)[1].split('\n---\n', 1)
for key in ('gaps:', 'applications:', 'recommendations:'):
    if re.search('^' + key, head, re.M):
        raise SystemExit(f'{path} already has {key}')
open(path, 'w').write('---\n' + head.rstrip('\n') + '\n' + block + '---\n' + rest)
