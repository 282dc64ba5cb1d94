namespace Samspill.Silo.Hosting;

/// <summary>Chooses the grain storage provider from Storage:Provider.</summary>
public static class StorageSetup
{
    public static ISiloBuilder AddSamspillStorage(this ISiloBuilder silo, IConfiguration config)
    {
        var provider = config["Storage:Provider"] ?? "Memory";
        switch (provider)
        {
            case "Memory":
                silo.AddMemoryGrainStorage(Samspill.Grains.StorageNames.Default);
                break;
            default:
                throw new InvalidOperationException($"Storage:Provider '{provider}' is not known; use AzureTable or Memory.");
        }
        return silo;
    }
}
