using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Samspill.Silo.Hosting;

namespace Samspill.Silo.Storage;

/// <summary>
/// The one storage account that holds grain state, reminders and (optionally) membership: from
/// ConnectionStrings:AzureStorage, or from Storage:TableServiceUri with a managed identity (Azure.Identity's
/// DefaultAzureCredential; Storage:ManagedIdentityClientId picks a user-assigned one). Development falls back to
/// UseDevelopmentStorage=true (Azurite on 127.0.0.1:10002).
/// </summary>
public sealed class AzureStorageAccount
{
    public const string ConnectionStringName = "AzureStorage";
    public const string TableServiceUriKey = "Storage:TableServiceUri";
    public const string ManagedIdentityClientIdKey = "Storage:ManagedIdentityClientId";
    public const string DevelopmentConnectionString = "UseDevelopmentStorage=true";

    private readonly string? _connectionString;
    private readonly Uri? _serviceUri;
    private readonly Lazy<TokenCredential>? _credential;

    private AzureStorageAccount(string? connectionString, Uri? serviceUri, Func<TokenCredential>? credential)
    {
        _connectionString = connectionString;
        _serviceUri = serviceUri;
        // One credential for every client of the account, so its token cache is shared.
        _credential = credential is null ? null : new Lazy<TokenCredential>(credential);
    }

    /// <summary>The connection string in use, or null with a managed identity.</summary>
    public string? ConnectionString => _connectionString;

    /// <summary>The table service endpoint when the account is reached with a token credential, else null.</summary>
    public Uri? ServiceUri => _serviceUri;

    /// <summary>An account given by its connection string (tests, benchmarks, tools).</summary>
    public static AzureStorageAccount FromConnectionString(string connectionString) => new(connectionString, null, null);

    /// <summary>An account at <paramref name="serviceUri"/> reached with <paramref name="credential"/> (a managed identity in production).</summary>
    public static AzureStorageAccount FromServiceUri(Uri serviceUri, TokenCredential credential) => new(null, serviceUri, () => credential);

    /// <summary>Reads the account from configuration; a missing or malformed setting is one <see cref="SiloConfigurationException"/>.</summary>
    public static AzureStorageAccount FromConfiguration(IConfiguration config, IHostEnvironment environment)
    {
        var connectionString = config.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(connectionString)) return new(connectionString, null, null);
        var uri = config[TableServiceUriKey];
        if (!string.IsNullOrWhiteSpace(uri))
        {
            if (!Uri.TryCreate(uri, UriKind.Absolute, out var serviceUri) || serviceUri.Scheme is not ("https" or "http"))
                throw new SiloConfigurationException($"{TableServiceUriKey} '{uri}' is not an absolute URL such as https://<account>.table.core.windows.net.");
            var clientId = config[ManagedIdentityClientIdKey];
            return new(null, serviceUri, () => new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId }));
        }
        if (environment.IsDevelopment()) return new(DevelopmentConnectionString, null, null);
        throw new SiloConfigurationException(
            $"Storage:Provider is AzureTable but neither ConnectionStrings:{ConnectionStringName} nor {TableServiceUriKey} (with a managed identity) is set; give one (or use --Storage:Provider=Memory).");
    }

    /// <summary>A new client for the account's table service.</summary>
    public TableServiceClient CreateClient(TableClientOptions? options = null)
    {
        if (_connectionString is not null) return new TableServiceClient(_connectionString, options);
        return new TableServiceClient(_serviceUri!, _credential!.Value, options);
    }
}
