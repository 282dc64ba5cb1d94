using Samspill.Silo.Storage;
using Samspill.Storage.Tests.Fixtures;

namespace Samspill.Storage.Tests.Contract;

/// <summary>The contract against Orleans' own Azure Table grain storage, configured as the silo configures it, on a real Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureTableGrainStorageContractTests(AzureStorageFixture fixture) : GrainStorageContractTests
{
    // Only the mode the silo uses: Orleans' delete-on-clear mode skips a clear that carries no ETag instead of
    // refusing it, so a row written by someone this grain has not seen would survive the clear.
    protected override IReadOnlyList<ClearModeStorage> ClearModes { get; } = [new(ClearMode.KeepsEmptyRecord, fixture.KeepingStorage)];

    protected override StorageCapabilities Capabilities { get; } = new(
        MaxPayloadBytes: GrainStateSerializer.MaxPayloadBytes,
        ReadsAcrossTypeRenames: true,
        SeparatesGrainTypeFromKey: false,
        AcceptsAnyETagForUnseenRecord: false,
        StoresAnyKey: false);
}
