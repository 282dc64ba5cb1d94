namespace Samspill.Silo.Storage;

/// <summary>A stored grain state this build cannot read; the message is the one line an operator needs.</summary>
public sealed class StoredStateUnreadableException(string stateType, Exception inner)
    : Exception($"Stored grain state {stateType} cannot be read by this build ({inner.Message.Split('\n')[0].Trim()}); development data from an older build must be deleted: remove .data/ and start again.", inner);
