using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Needs;
using Samspill.Grains.ReferenceData;

namespace Samspill.Gateway.Ocds;

/// <summary>
/// Maps a consortium's public planning and market-dialogue data onto OCDS 1.1.5: a planning release with
/// tender.status "planning", every joined member as a buyer (the lead also as procuring entity), the pooled needs as
/// CPV-classified items, dialogue events as engagement milestones and published answers as enquiries. Pure: the
/// same input gives the same release, id included.
/// </summary>
public sealed class OcdsMapper(OcdsOptions options, ReferenceCatalog catalog, MunicipalityOrgNumbers orgNumbers)
{
    public const string OcdsVersion = "1.1";
    public const string EnquiriesExtension = "https://raw.githubusercontent.com/open-contracting-extensions/ocds_enquiry_extension/v1.1.5/extension.json";

    public string Ocid(string consortiumId) => $"{options.OcidPrefix}-{consortiumId}";

    public OcdsRelease Release(OcdsConsortiumInput input)
    {
        var c = input.Consortium;
        var members = c.Members.Where(m => m.IsJoined).OrderBy(m => m.Role).ThenBy(m => m.Municipality, StringComparer.Ordinal).ToList();
        if (members.All(m => m.Municipality != c.Lead))
            members.Insert(0, new MemberRecord { Municipality = c.Lead, Role = Grains.Municipalities.MemberRole.Lead, Status = Grains.Municipalities.MemberStatus.Joined });
        var parties = members.Select(m => Party(m.Municipality, m.Municipality == c.Lead)).ToList();
        var lead = Reference(parties.First(p => p.Id == PartyId(c.Lead)));

        var milestones = input.Dialogue.Milestones.OrderBy(e => e.StartsAt).ThenBy(e => e.EventId, StringComparer.Ordinal).Select(Milestone).ToList();
        var enquiries = input.Dialogue.Enquiries
            .Where(q => !string.IsNullOrWhiteSpace(q.Answer)) // unanswered questions are not published
            .OrderBy(q => q.AskedAt).ThenBy(q => q.QuestionId, StringComparer.Ordinal)
            .Select(q => new OcdsEnquiry(q.QuestionId, q.AskedAt.UtcDateTime, q.Question, q.Answer!, q.AnsweredAt?.UtcDateTime))
            .ToList();
        var (main, additional) = Categories(c.PooledNeeds);

        var release = new OcdsRelease(
            Ocid: Ocid(c.Id),
            Id: "",
            Date: LastChange(input).UtcDateTime,
            Tag: ["planning"],
            InitiationType: "tender",
            Parties: parties,
            Buyer: lead,
            Planning: new OcdsPlanning(NullIfEmpty(c.Description)),
            Tender: new OcdsTender(
                Id: c.Id,
                Title: c.Title,
                Description: NullIfEmpty(c.Description),
                Status: "planning",
                ProcuringEntity: lead,
                Items: c.PooledNeeds.Select(n => Item(n, input.PublicNeedTitles)).ToList(),
                Value: c.CombinedEstimatedValueNok > 0 ? new OcdsValue(c.CombinedEstimatedValueNok, "NOK") : null,
                MainProcurementCategory: main,
                AdditionalProcurementCategories: additional.Count > 0 ? additional : null,
                Milestones: milestones,
                HasEnquiries: enquiries.Count > 0,
                Enquiries: enquiries));
        // A release id names one version of the data: it changes exactly when the content does.
        return release with { Id = $"planning-{ContentHash(release)}" };
    }

    /// <summary>A package of releases; published at the latest release date, as OCDS asks of packages made on demand.</summary>
    public OcdsReleasePackage Package(IReadOnlyList<OcdsRelease> releases, string uri) => new(
        Uri: uri,
        Version: OcdsVersion,
        Extensions: [EnquiriesExtension],
        PublishedDate: releases.Count == 0 ? DateTime.UnixEpoch : releases.Max(r => r.Date),
        Publisher: new OcdsPublisher(options.PublisherName, options.PublisherUri),
        License: options.License,
        PublicationPolicy: options.PublicationPolicy,
        Releases: releases);

    private static string PartyId(string municipality) => $"kommune-{municipality}";

    private OcdsParty Party(string municipality, bool isLead)
    {
        var info = catalog.Municipality(municipality);
        var name = info?.Name ?? municipality;
        var orgNumber = orgNumbers.Of(municipality);
        return new OcdsParty(
            PartyId(municipality),
            name,
            orgNumber is null ? null : new OcdsIdentifier("NO-BRC", orgNumber, name),
            new OcdsAddress(catalog.County(info?.CountyNumber)?.Name ?? "", "Norway"),
            isLead ? ["buyer", "procuringEntity"] : ["buyer"]);
    }

    private static OcdsOrganizationReference Reference(OcdsParty party) => new(party.Id, party.Name);

    private OcdsItem Item(PooledNeed need, IReadOnlyDictionary<string, string> publicTitles)
    {
        var codes = need.Cpv.Select(Classification).ToList();
        // Needs that are not public keep their id and title to themselves; their CPV codes are public through the consortium.
        var isPublic = publicTitles.TryGetValue(need.NeedId, out var title);
        return new OcdsItem(
            isPublic ? need.NeedId : $"item-{Hash(need.NeedId)[..12]}",
            isPublic ? title! : $"Pooled need: {codes.FirstOrDefault()?.Description ?? "unclassified"}",
            codes.FirstOrDefault() ?? new OcdsClassification("CPV", "", ""),
            codes.Count > 1 ? codes.Skip(1).ToList() : null);
    }

    /// <summary>CPV as the EU eForms profile writes it: the eight digits, without the check digit.</summary>
    private OcdsClassification Classification(string code)
    {
        var info = catalog.CpvCode(code);
        return new OcdsClassification("CPV", code.Split('-')[0], info?.LabelEn ?? code);
    }

    private static OcdsMilestone Milestone(OcdsMilestoneInput e) => new(
        Id: e.EventId,
        Title: e.Title,
        Type: "engagement",
        Description: NullIfEmpty(e.Description),
        Code: NullIfEmpty(e.Kind),
        DueDate: e.StartsAt.UtcDateTime,
        DateMet: e.Status == DialogueEventStatus.Held ? e.EndsAt.UtcDateTime : null,
        DateModified: (e.ChangedAt ?? e.AnnouncedAt).UtcDateTime,
        Status: e.Status switch
        {
            DialogueEventStatus.Held => "met",
            DialogueEventStatus.Cancelled => "notMet",
            _ => "scheduled",
        });

    /// <summary>The category with the largest pooled value is the main one; the others are additional.</summary>
    private static (string? Main, List<string> Additional) Categories(IReadOnlyList<PooledNeed> needs)
    {
        var ranked = needs.GroupBy(n => n.Category)
            .OrderByDescending(g => g.Sum(n => n.EstimatedValueNok)).ThenByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => CategoryCode(g.Key)).ToList();
        return (ranked.FirstOrDefault(), ranked.Skip(1).ToList());
    }

    private static string CategoryCode(ProcurementCategory category) => category switch
    {
        ProcurementCategory.Goods => "goods",
        ProcurementCategory.Works => "works",
        _ => "services",
    };

    private static DateTimeOffset LastChange(OcdsConsortiumInput input)
    {
        var c = input.Consortium;
        return new[] { c.CreatedAt }
            .Concat(c.Members.Where(m => m.IsJoined).Select(m => m.JoinedAt).OfType<DateTimeOffset>())
            .Concat(c.PooledNeeds.Select(n => n.PooledAt))
            .Concat(input.Dialogue.Milestones.Select(e => e.ChangedAt ?? e.AnnouncedAt))
            .Concat(input.Dialogue.Enquiries.Where(q => q.Answer is not null).Select(q => q.AnsweredAt ?? q.AskedAt))
            .Max();
    }

    private static string ContentHash(OcdsRelease release) => Hash(JsonSerializer.Serialize(release, OcdsJson.Options))[..16];

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
