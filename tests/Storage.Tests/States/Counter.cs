namespace Samspill.Storage.Tests.States;

/// <summary>A state for read-modify-write races.</summary>
public sealed class Counter
{
    public int Value { get; set; }
}
