using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Silo.Storage;

namespace Samspill.Storage.Tests;

/// <summary>Errors and the bench's counts name a generic state by its type arguments, so two kinds of directory page stay apart.</summary>
public sealed class StateTypeNameTests
{
    [Fact]
    public void A_generic_state_is_named_with_its_type_arguments_in_counts_and_in_the_size_error()
    {
        var counter = new StateWriteCounter();
        var serializer = new GrainStateSerializer(maxPayloadBytes: 200, counter: counter);
        serializer.Serialize(new DirectoryPage<ConsortiumSummary>());
        serializer.Serialize(new ConsortiumDirectoryState());

        Assert.Equal(["ConsortiumDirectoryState", "DirectoryPage<ConsortiumSummary>"], counter.Snapshot().Select(s => s.State).Order(StringComparer.Ordinal));
        var page = new DirectoryPage<Dictionary<string, string>> { Entries = { ["x"] = new() { ["filler"] = new string('z', 300) } } };
        var error = Assert.Throws<GrainStateTooLargeException>(() => serializer.Serialize(page));
        Assert.Equal("DirectoryPage<Dictionary<String, String>>", error.StateType);
        Assert.StartsWith("Grain state DirectoryPage<Dictionary<String, String>> is ", error.Message);
    }
}
