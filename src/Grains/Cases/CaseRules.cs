using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Municipalities;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Cases;

/// <summary>Publishing a consortium as a case: who may, from which phase, and what the draft is pre-filled with.</summary>
public static class CaseRules
{
    /// <summary>Added here: a consortium becomes a case only once it has a contract (CONTRACT or later, not cancelled).</summary>
    public const string CaseNeedsContract = "CASE_NEEDS_CONTRACT";

    public static string IdOf(string consortiumId) => $"samspill-{consortiumId}";

    public static bool HasContract(ConsortiumPhase phase) =>
        phase is ConsortiumPhase.Contract or ConsortiumPhase.BenefitRealisation or ConsortiumPhase.Completed;

    /// <summary>The case the lead starts from: the consortium's title, description, joined members, CPV codes and years.</summary>
    public static CaseRecord Draft(string consortiumId, ConsortiumState s, Caller caller, ReferenceCatalog catalog, DateTimeOffset now)
    {
        ConsortiumRules.RequireLead(s, caller);
        if (!HasContract(s.Phase))
            throw DomainException.Violation(CaseNeedsContract, "A consortium is published as a case from CONTRACT on (and never when cancelled).");
        var joined = s.Members.Where(m => m.Status == MemberStatus.Joined)
            .OrderBy(m => m.Role).ThenBy(m => m.JoinedAt).Select(m => m.Municipality).ToList();
        string Name(string n) => $"{catalog.Municipality(n)?.Name ?? n} kommune";
        var contractAt = s.Timeline.LastOrDefault(t => t.Type == "PhaseChanged" && t.Summary.Contains($"→ {ConsortiumPhase.Contract}", StringComparison.Ordinal))?.At ?? now;
        return new CaseRecord
        {
            Id = IdOf(consortiumId), Title = s.Title, Buyers = joined.Select(Name).ToList(), Municipalities = joined,
            Lead = Name(s.Lead), YearStarted = s.CreatedAt.Year, YearContract = contractAt.Year, Procedure = "ukjent",
            Cpv = s.PooledNeeds.SelectMany(n => n.Cpv).Distinct().Order(StringComparer.Ordinal).ToList(),
            Domain = "annet", Summary = s.Description, Origin = CaseOrigin.Consortium, ConsortiumId = consortiumId,
            CreatedAt = now, UpdatedAt = now,
        };
    }

    /// <summary>The lead's words over the draft, checked like an imported row.</summary>
    public static CaseRecord Publish(CaseRecord draft, PublishCaseCommand cmd, CaseRecord? earlier, DateTimeOffset now)
    {
        var procedure = cmd.Procedure ?? earlier?.Procedure ?? draft.Procedure;
        if (!CaseVocabulary.Procedures.Contains(procedure))
            throw DomainException.Invalid("procedure", $"procedure must be one of {string.Join(", ", CaseVocabulary.Procedures)}.");
        var domain = cmd.Domain ?? earlier?.Domain ?? draft.Domain;
        if (!CaseVocabulary.Domains.Contains(domain))
            throw DomainException.Invalid("domain", $"domain must be one of {string.Join(", ", CaseVocabulary.Domains)}.");
        var url = Optional("sourceUrl", cmd.SourceUrl, 500) ?? earlier?.SourceUrl;
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp)))
            throw DomainException.Invalid("sourceUrl", "The source must be an http(s) address.");
        return draft with
        {
            Title = TextInput.Line("title", cmd.Title ?? earlier?.Title ?? draft.Title, 3, 200),
            Summary = TextInput.Required("summary", cmd.Summary ?? earlier?.Summary ?? draft.Summary, 10, 4000),
            Outcome = Optional("outcome", cmd.Outcome, 2000) ?? earlier?.Outcome,
            Lessons = Optional("lessons", cmd.Lessons, 4000) ?? earlier?.Lessons,
            Procedure = procedure, Domain = domain, SourceUrl = url,
            CreatedAt = earlier?.CreatedAt ?? now, UpdatedAt = now,
        };
    }

    private static string? Optional(string field, string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : TextInput.Required(field, value, 1, max);
}
