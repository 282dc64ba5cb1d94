using System.Diagnostics;

namespace Samspill.Silo.Hosting.Development;

/// <summary>Drains a child's stdout/stderr (a full pipe would stall it) and keeps the last lines for diagnostics.</summary>
internal sealed class ProcessOutputTail
{
    private const int MaxLines = 40;
    private readonly Queue<string> _lines = new();

    public void Attach(Process process, Action<string>? onLine = null)
    {
        process.OutputDataReceived += (_, e) => Add(e.Data, onLine);
        process.ErrorDataReceived += (_, e) => Add(e.Data, onLine);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Text
    {
        get
        {
            lock (_lines) return string.Join(Environment.NewLine, _lines);
        }
    }

    private void Add(string? line, Action<string>? onLine)
    {
        if (line is null) return;
        onLine?.Invoke(line);
        lock (_lines)
        {
            _lines.Enqueue(line);
            while (_lines.Count > MaxLines) _lines.Dequeue();
        }
    }
}
