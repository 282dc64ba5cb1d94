using System.Diagnostics;

namespace Samspill.Silo.Hosting.Development;

/// <summary>A running Azurite table service started by <see cref="AzuriteLauncher"/>; disposing kills its process tree.</summary>
public sealed class AzuriteProcess : IDisposable, IAsyncDisposable
{
    /// <summary>The fixed, public development account key every Azurite accepts.</summary>
    public const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;
    private readonly ProcessOutputTail _output;

    internal AzuriteProcess(Process process, ProcessOutputTail output, int port, string location)
    {
        _process = process;
        _output = output;
        Port = port;
        Location = location;
    }

    public int Port { get; }

    /// <summary>Folder Azurite keeps its data in.</summary>
    public string Location { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Connection string for this instance's table endpoint on 127.0.0.1.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentAccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    /// <summary>The last lines Azurite printed, for error messages.</summary>
    public string RecentOutput => _output.Text;

    public void Dispose()
    {
        try
        {
            // Azurite ignores SIGTERM for a long time; only a kill stops it promptly.
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
