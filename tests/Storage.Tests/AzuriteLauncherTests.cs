using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Samspill.Silo.Hosting.Development;

namespace Samspill.Storage.Tests;

/// <summary>Starting and stopping Azurite, finding the repository, and the message when Node.js is missing.</summary>
public sealed class AzuriteLauncherTests
{
    private static string RepoRootOrFail() =>
        RepoRoot.Find(AppContext.BaseDirectory) ?? throw new InvalidOperationException("tests run inside the repository");

    [Fact]
    public void The_repository_root_is_the_folder_with_the_solution_file()
    {
        var root = RepoRootOrFail();

        Assert.True(File.Exists(Path.Combine(root, "Collaboration.sln")));
        Assert.True(File.Exists(Path.Combine(root, "package.json")));
        Assert.Null(RepoRoot.Find(Path.GetTempPath()));
    }

    [Theory]
    [InlineData("UseDevelopmentStorage=true", true)]
    [InlineData("UseDevelopmentStorage = true;", true)]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=prod;AccountKey=a2V5;EndpointSuffix=core.windows.net", false)]
    public void Only_the_development_storage_connection_string_asks_for_Azurite(string connectionString, bool expected)
    {
        Assert.Equal(expected, AzuriteLauncher.IsDevelopmentStorage(connectionString));
    }

    [Fact]
    public async Task A_real_connection_string_starts_nothing()
    {
        var process = await AzuriteLauncher.EnsureRunningAsync(
            "DefaultEndpointsProtocol=https;AccountName=prod;AccountKey=a2V5;EndpointSuffix=core.windows.net", RepoRootOrFail(), NullLogger.Instance, CancellationToken.None);

        Assert.Null(process);
    }

    [Fact]
    public async Task Without_Node_the_error_is_one_line_saying_what_to_do()
    {
        var emptyPath = Directory.CreateTempSubdirectory("samspill-no-node-").FullName;
        try
        {
            var error = await Assert.ThrowsAsync<AzuriteUnavailableException>(() =>
                AzuriteLauncher.StartAsync(RepoRootOrFail(), emptyPath, 0, NullLogger.Instance, searchPath: emptyPath, CancellationToken.None));

            Assert.Equal("Node.js was not found; install it or run with --Storage:Provider=Memory", error.Message);
        }
        finally
        {
            Directory.Delete(emptyPath, recursive: true);
        }
    }

    [Fact]
    public async Task A_started_Azurite_listens_on_loopback_and_disposing_kills_it()
    {
        var location = Directory.CreateTempSubdirectory("samspill-azurite-launch-").FullName;
        try
        {
            var azurite = await AzuriteLauncher.StartAsync(RepoRootOrFail(), location, 0, NullLogger.Instance, CancellationToken.None);
            var pid = azurite.ProcessId;
            // Started means answering; the generous wait only covers a machine busy with the other test projects.
            Assert.True(await LoopbackPort.AnswersAsync(azurite.Port, TimeSpan.FromSeconds(10), CancellationToken.None));
            Assert.NotEmpty(Directory.EnumerateFileSystemEntries(location));

            await azurite.DisposeAsync();

            Assert.True(HasExited(pid), $"Azurite (pid {pid}) still runs after dispose");
            Assert.False(await LoopbackPort.AnswersAsync(azurite.Port, TimeSpan.FromSeconds(1), CancellationToken.None));
        }
        finally
        {
            Directory.Delete(location, recursive: true);
        }
    }

    [Fact]
    public async Task Another_process_answering_on_the_port_is_not_taken_for_Azurite()
    {
        var location = Directory.CreateTempSubdirectory("samspill-azurite-taken-").FullName;
        using var other = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        other.Start();
        var port = ((System.Net.IPEndPoint)other.LocalEndpoint).Port;
        try
        {
            // Azurite cannot bind the port and exits; the port still answers (the other listener), which is not Azurite.
            var error = await Assert.ThrowsAsync<AzuriteExitedException>(() =>
                AzuriteLauncher.StartAsync(RepoRootOrFail(), location, port, NullLogger.Instance, CancellationToken.None));
            Assert.Contains($"127.0.0.1:{port}", error.Message);
        }
        finally
        {
            Directory.Delete(location, recursive: true);
        }
    }

    private static bool HasExited(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
