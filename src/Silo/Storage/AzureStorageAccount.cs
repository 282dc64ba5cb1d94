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
    private readonly string? _managedIdentityClientId;

    private AzureStorageAccount(string? connectionString, Uri? serviceUri, string? managedIdentityClientId)
    {
        _connectionString = connectionString;
        _serviceUri = serviceUri;
        _managedIdentityClientId = managedIdentityClientId;
    }

    /// <summary>The connection string in use, or null with a managed identity.</summary>
    public string? ConnectionString => _connectionString;

    /// <summary>An account given by its connection string (tests, benchmarks, tools).</summary>
    public static AzureStorageAccount FromConnectionString(string connectionString) => new(connectionString, null, null);

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
            return new(null, serviceUri, config[ManagedIdentityClientIdKey]);
        }
        if (environment.IsDevelopment()) return new(DevelopmentConnectionString, null, null);
        throw new SiloConfigurationException(
            $"Storage:Provider is AzureTable but neither ConnectionStrings:{ConnectionStringName} nor {TableServiceUriKey} (with a managed identity) is set; give one (or use --Storage:Provider=Memory).");
    }

    /// <summary>A new client for the account's table service.</summary>
    public TableServiceClient CreateClient(TableClientOptions? options = null)
    {
        if (_connectionString is not null) return new TableServiceClient(_connectionString, options);
        var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = _managedIdentityClientId });
        return new TableServiceClient(_serviceUri!, credential, options);
    }
}
