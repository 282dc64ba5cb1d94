"""On-CPU shares of a dotnet-trace Speedscope file, for reading a bench's --trace output.

Usage:
  python3 bench/tools/speedscope_cpu.py FILE.speedscope.json [PATTERN ...]
      the inclusive share of the heaviest frame matching each pattern, then the 40 heaviest frames;
  python3 bench/tools/speedscope_cpu.py FILE.speedscope.json --callers PATTERN [DEPTH]
      where the time in a frame matching PATTERN comes from: its DEPTH (default 4) nearest callers, heaviest first
      (for a hot leaf such as Monitor.Enter_Slowpath or GetHashCodeWorker);
  python3 bench/tools/speedscope_cpu.py FILE.speedscope.json --under PATTERN
      what the time inside a frame matching PATTERN is spent on: its direct callees and the leaf frames under it.
Over the time whose leaf frame is CPU_TIME (dotnet-trace's sampled thread time marks on-CPU samples so).
"""
import collections
import json
import signal
import sys

# Piped into head, stop quietly.
signal.signal(signal.SIGPIPE, signal.SIG_DFL)

doc = json.load(open(sys.argv[1]))
frames = [f['name'] for f in doc['shared']['frames']]


def on_cpu_stacks():
    """Each on-CPU interval as (stack of frame names without the CPU_TIME leaf, milliseconds)."""
    for profile in doc['profiles']:
        stack, last = [], None
        for event in profile.get('events', []):
            at = event['at']
            if last is not None and stack and frames[stack[-1]] == 'CPU_TIME' and at > last:
                yield [frames[i] for i in stack[:-1]], at - last
            last = at
            if event['type'] == 'O':
                stack.append(event['frame'])
            elif stack:
                stack.pop()


def short(name, width=90):
    return name.split('!', 1)[-1][:width]


def deepest(names, pattern):
    hits = [i for i, n in enumerate(names) if pattern in n]
    return hits[-1] if hits else None


if len(sys.argv) >= 4 and sys.argv[2] == '--callers':
    pattern, depth = sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 4
    paths, total = collections.Counter(), 0.0
    for names, ms in on_cpu_stacks():
        if (i := deepest(names, pattern)) is not None:
            total += ms
            paths[' <- '.join(short(n) for n in names[max(0, i - depth):i + 1][::-1])] += ms
    print(f'{total:.0f} ms on CPU in {pattern}')
    for path, ms in paths.most_common(15):
        print(f'{100 * ms / max(total, 1):5.1f} %  {path}')
    sys.exit(0)

if len(sys.argv) >= 4 and sys.argv[2] == '--under':
    pattern = sys.argv[3]
    callees, leaves, total = collections.Counter(), collections.Counter(), 0.0
    for names, ms in on_cpu_stacks():
        if (i := deepest(names, pattern)) is not None:
            total += ms
            callees[short(names[i + 1], 140) if i + 1 < len(names) else '(itself)'] += ms
            leaves[short(names[-1], 140)] += ms
    print(f'{total:.0f} ms on CPU under {pattern}')
    for name, ms in callees.most_common(12):
        print(f'{100 * ms / max(total, 1):5.1f} %  callee {name}')
    for name, ms in leaves.most_common(12):
        print(f'{100 * ms / max(total, 1):5.1f} %  leaf {name}')
    sys.exit(0)

inclusive = collections.Counter()
total = 0.0
for names, ms in on_cpu_stacks():
    total += ms
    for name in set(names) | {'CPU_TIME'}:
        inclusive[name] += ms

if total == 0:
    sys.exit('No on-CPU time: was the trace taken with --profile dotnet-sampled-thread-time?')
print(f'on-CPU total {total:.0f} ms')
for pattern in sys.argv[2:]:
    weight, name = max(((v, k) for k, v in inclusive.items() if pattern in k), default=(0, ''))
    print(f'{pattern:40s} {100 * weight / total:5.1f} %  {name[:100]}')
print('--- heaviest frames, inclusive')
for name, weight in inclusive.most_common(40):
    print(f'{100 * weight / total:5.1f} %  {name[:140]}')
