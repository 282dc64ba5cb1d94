using Orleans.Providers;
using Samspill.Silo.Hosting;

// Orleans reads the "Orleans" configuration section itself and takes the contract's scalar key
// Orleans:Clustering (Localhost | Redis) for a provider section without a ProviderType, i.e. "Default".
// We register that name as a no-op so the key stays ours; SiloSetup configures clustering from it.
[assembly: RegisterProvider("Default", "Clustering", "Silo", typeof(ContractClusteringKey))]

namespace Samspill.Silo.Hosting;

/// <summary>Lets the contract's Orleans:Clustering key coexist with Orleans' own configuration binding.</summary>
public sealed class ContractClusteringKey : IProviderBuilder<ISiloBuilder>
{
    public void Configure(ISiloBuilder builder, string? name, IConfigurationSection configurationSection) { }
}
