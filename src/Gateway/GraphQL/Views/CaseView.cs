using Samspill.Grains.Cases;

namespace Samspill.Gateway.GraphQL.Views;

/// <summary>A case of the library as the API shows it (from the stored <see cref="CaseRecord"/>).</summary>
public sealed record CaseView(
    string Id, string Title, IReadOnlyList<string> Buyers, IReadOnlyList<string> Municipalities, string? Lead,
    int? YearStarted, int? YearContract, string Procedure, IReadOnlyList<string> Cpv, string Domain, string Summary,
    string? Outcome, string? Lessons, string? SourceUrl, string? SourceTitle, CaseOrigin Origin, string? ConsortiumId)
{
    public static CaseView From(CaseRecord c) => new(
        c.Id, c.Title, c.Buyers, c.Municipalities, c.Lead,
        c.YearStarted, c.YearContract, c.Procedure, c.Cpv, c.Domain, c.Summary,
        c.Outcome, c.Lessons, c.SourceUrl, c.SourceTitle, c.Origin, c.ConsortiumId);

    public static CaseView? FromOrNull(CaseRecord? c) => c is null ? null : From(c);
}
