using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Samspill.Silo.Hosting;
using Samspill.Silo.Storage;

namespace Samspill.Storage.Tests;

/// <summary>How the silo reaches its storage account: a connection string, or a table service URL with a token credential.</summary>
public sealed class AzureStorageAccountTests
{
    [Fact]
    public void A_connection_string_wins_and_development_falls_back_to_Azurite()
    {
        var configured = AzureStorageAccount.FromConfiguration(Config(new()
        {
            ["ConnectionStrings:AzureStorage"] = "UseDevelopmentStorage=true;DevelopmentStorageProxyUri=http://127.0.0.1",
            ["Storage:TableServiceUri"] = "https://samspill.table.core.windows.net",
        }), Environment("Production"));
        Assert.StartsWith("UseDevelopmentStorage=true;", configured.ConnectionString);
        Assert.Null(configured.ServiceUri);

        var development = AzureStorageAccount.FromConfiguration(Config(new()), Environment("Development"));
        Assert.Equal(AzureStorageAccount.DevelopmentConnectionString, development.ConnectionString);
    }

    [Fact]
    public void A_table_service_url_means_a_managed_identity_and_a_bad_one_or_none_in_production_is_one_line()
    {
        var account = AzureStorageAccount.FromConfiguration(Config(new()
        {
            ["Storage:TableServiceUri"] = "https://samspill.table.core.windows.net",
            ["Storage:ManagedIdentityClientId"] = "00000000-0000-0000-0000-000000000001",
        }), Environment("Production"));
        Assert.Null(account.ConnectionString);
        Assert.Equal(new Uri("https://samspill.table.core.windows.net"), account.ServiceUri);
        Assert.Equal("samspill", account.CreateClient().AccountName);

        var bad = Assert.Throws<SiloConfigurationException>(() =>
            AzureStorageAccount.FromConfiguration(Config(new() { ["Storage:TableServiceUri"] = "samspill.table" }), Environment("Production")));
        Assert.Contains(AzureStorageAccount.TableServiceUriKey, bad.Message);
        var none = Assert.Throws<SiloConfigurationException>(() => AzureStorageAccount.FromConfiguration(Config(new()), Environment("Production")));
        Assert.Contains("ConnectionStrings:AzureStorage", none.Message);
        Assert.DoesNotContain('\n', bad.Message + none.Message);
    }

    [Fact]
    public async Task A_client_for_a_table_service_url_asks_the_token_credential_for_a_storage_token_before_calling()
    {
        var credential = new RecordingCredential();
        // Nothing listens on port 1: the call fails after the token was fetched, never with a shared key.
        var account = AzureStorageAccount.FromServiceUri(new Uri("https://127.0.0.1:1/devstoreaccount1"), credential);
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(2);
        var table = account.CreateClient(options).GetTableClient(AzureTableGrainStorageSetup.DefaultTableName);

        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await foreach (var _ in table.QueryAsync<TableEntity>(maxPerPage: 1)) break;
        });

        Assert.Contains(credential.Scopes, s => s.Contains("storage.azure.com", StringComparison.Ordinal));
    }

    private static IConfiguration Config(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private static IHostEnvironment Environment(string name) => new Env { EnvironmentName = name };

    private sealed class Env : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "";
        public string ApplicationName { get; set; } = "Samspill.Silo";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    /// <summary>A credential that hands out a dummy token and remembers what it was asked for.</summary>
    private sealed class RecordingCredential : TokenCredential
    {
        public List<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            lock (Scopes) Scopes.AddRange(requestContext.Scopes);
            return new AccessToken("test-token", DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
