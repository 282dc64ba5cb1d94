namespace Samspill.Gateway.Ocds;

/// <summary>
/// The public dialogue of a consortium (announced events, published answers) for the open data. Called with an
/// anonymous caller in the request context, so an implementation reading grains sees public data only.
/// </summary>
public interface IOcdsDialogueSource
{
    Task<OcdsDialogue> GetAsync(string consortiumId, IReadOnlyList<string> dialogueEventIds, CancellationToken cancellationToken);
}

/// <summary>The default until the dialogue grains are wired in: no events, no questions.</summary>
public sealed class NoOcdsDialogueSource : IOcdsDialogueSource
{
    public Task<OcdsDialogue> GetAsync(string consortiumId, IReadOnlyList<string> dialogueEventIds, CancellationToken cancellationToken) =>
        Task.FromResult(OcdsDialogue.None);
}
