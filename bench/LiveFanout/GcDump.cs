using System.Diagnostics;

namespace Samspill.Bench.LiveFanout;

/// <summary>
/// A managed heap dump of a server process with its subscribers connected (<c>--gcdump DIR</c>), so what each
/// connection holds can be compared type by type (<c>dotnet-gcdump report</c>); needs the dotnet-gcdump tool.
/// </summary>
public static class GcDump
{
    public static async Task CollectAsync(string? directory, int processId, string name)
    {
        if (directory is null) return;
        Directory.CreateDirectory(directory);
        var file = Path.GetFullPath(Path.Combine(directory, name + ".gcdump"));
        var tool = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools", "dotnet-gcdump");
        var start = new ProcessStartInfo(File.Exists(tool) ? tool : "dotnet-gcdump") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var arg in new[] { "collect", "-p", processId.ToString(System.Globalization.CultureInfo.InvariantCulture), "-o", file })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        Console.WriteLine(process.ExitCode == 0 ? $"Heap dump: {file}" : $"dotnet-gcdump failed for {name} (exit {process.ExitCode}).");
    }
}
