"""On-CPU shares of a dotnet-trace Speedscope file, for reading a bench's --trace output.

Usage: python3 bench/tools/speedscope_cpu.py FILE.speedscope.json [PATTERN ...]
Prints, over the time whose leaf frame is CPU_TIME (dotnet-trace's sampled thread time marks on-CPU samples so),
the inclusive share of the heaviest frame matching each pattern, then the 40 heaviest frames.
"""
import collections
import json
import sys

doc = json.load(open(sys.argv[1]))
frames = [f['name'] for f in doc['shared']['frames']]
inclusive = collections.Counter()
total = 0.0
for profile in doc['profiles']:
    stack, last = [], None
    for event in profile.get('events', []):
        at = event['at']
        if last is not None and stack and frames[stack[-1]] == 'CPU_TIME' and at > last:
            total += at - last
            for name in {frames[i] for i in stack}:
                inclusive[name] += at - last
        last = at
        if event['type'] == 'O':
            stack.append(event['frame'])
        elif stack:
            stack.pop()

if total == 0:
    sys.exit('No on-CPU time: was the trace taken with --profile dotnet-sampled-thread-time?')
print(f'on-CPU total {total:.0f} ms')
for pattern in sys.argv[2:]:
    weight, name = max(((v, k) for k, v in inclusive.items() if pattern in k), default=(0, ''))
    print(f'{pattern:40s} {100 * weight / total:5.1f} %  {name[:100]}')
print('--- heaviest frames, inclusive')
for name, weight in inclusive.most_common(40):
    print(f'{100 * weight / total:5.1f} %  {name[:140]}')
