using Samspill.Grains.Dialogue;

namespace Samspill.Gateway.Feeds;

/// <summary>
/// One announced event as the feed shows it: the event, its consortium's title, lead and joined members now, and the
/// counties of its audience at announcement (what the county feeds select by).
/// </summary>
public sealed record DialogueFeedEntry(
    DialogueEventView Event,
    string ConsortiumTitle,
    string LeadName,
    IReadOnlyList<string> MunicipalityNames,
    IReadOnlyList<string> CountyNumbers);
