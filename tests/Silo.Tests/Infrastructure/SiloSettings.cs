using Samspill.Silo.Hosting.Development;

namespace Samspill.Silo.Tests.Infrastructure;

/// <summary>Configuration of the silos these tests start.</summary>
public static class SiloSettings
{
    /// <summary>Settings for a single silo on the given Azurite.</summary>
    public static Dictionary<string, string> OnAzurite(AzuriteProcess azurite, string serviceId) => new()
    {
        ["Storage:Provider"] = "AzureTable",
        ["ConnectionStrings:AzureStorage"] = azurite.ConnectionString,
        ["Orleans:ServiceId"] = serviceId,
        ["Orleans:ClusterId"] = serviceId,
    };
}
