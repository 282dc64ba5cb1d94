using Samspill.Storage.Tests.Fixtures;

namespace Samspill.Storage.Tests.Contract;

/// <summary>The contract against Orleans' memory grain storage, taken from a real silo.</summary>
public sealed class MemoryGrainStorageContractTests(MemoryStorageFixture fixture) : GrainStorageContractTests, IClassFixture<MemoryStorageFixture>
{
    protected override IReadOnlyList<ClearModeStorage> ClearModes { get; } = [new(ClearMode.DeletesRecord, fixture.Storage)];

    protected override StorageCapabilities Capabilities { get; } = new(
        MaxPayloadBytes: null,
        ReadsAcrossTypeRenames: false,
        SeparatesGrainTypeFromKey: false,
        AcceptsAnyETagForUnseenRecord: true,
        StoresAnyKey: true);
}
