using System.Diagnostics;

namespace Samspill.TestSupport;

/// <summary>What an external command printed and how it ended.</summary>
public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stderr ---\n{Stderr}\n--- stdout ---\n{Stdout}";
}

/// <summary>Runs external tools (kubectl, node, npm). A missing tool fails the test with what to install: never a skip.</summary>
public static class ProcessRunner
{
    /// <summary>The full path of <paramref name="name"/> on PATH, or a failed test saying how to install it.</summary>
    public static string Require(string name, string install)
    {
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var found = dirs.Select(dir => System.IO.Path.Combine(dir, name)).FirstOrDefault(File.Exists);
        if (found is null) Assert.Fail($"'{name}' is not on PATH, and the test cannot run without it. {install}");
        return found;
    }

    public static ProcessResult Run(string executable, IEnumerable<string> arguments, string workingDirectory, string? stdin = null, int timeoutSeconds = 120)
    {
        var info = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = stdin is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {executable}.");
        // Read both streams while the process runs: a full pipe would otherwise block it.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }
        if (!process.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{executable} {string.Join(' ', arguments)} did not finish within {timeoutSeconds} s.");
        }
        return new ProcessResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}
