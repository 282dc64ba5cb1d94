namespace Samspill.Grains.Consortia;

/// <summary>
/// Something that happened to a consortium, as a rule reports it: becomes a timeline entry and a live event on the
/// consortium's topic (and the programme's when <see cref="ToProgramme"/>).
/// </summary>
public sealed record ConsortiumChange(string Type, string Summary, string? Actor, object Data, bool ToProgramme = false, bool Public = false);
