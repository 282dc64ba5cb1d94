using System.Text.Json;
using System.Text.Json.Nodes;
using Samspill.Gateway.Ocds;
using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Needs;
using Samspill.Grains.ReferenceData;

namespace Samspill.Gateway.Tests.Ocds;

public sealed class OcdsMapperTests
{
    private static readonly ReferenceCatalog Catalog = new(new ReferenceDataOptions());
    private static readonly MunicipalityOrgNumbers OrgNumbers = new();
    private static readonly DateTimeOffset T0 = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);
    private const string PublicNeed = "5001-0a1b2c3d4e5f60718";
    private const string HiddenNeed = "1874-9f8e7d6c5b4a39281";

    private readonly OcdsMapper _mapper = new(new OcdsOptions { OcidPrefix = "ocds-test01" }, Catalog, OrgNumbers);

    private static ConsortiumView Consortium(params PooledNeed[] needs) => new()
    {
        Id = "c0ffee", Title = "Trygghetsalarmer i Trøndelag og Nordland", Description = "Felles anskaffelse av velferdsteknologi.",
        Lead = "5001", Phase = ConsortiumPhase.MarketDialogue, CreatedAt = T0,
        Members =
        [
            new MemberRecord { Municipality = "5001", Role = MemberRole.Lead, Status = MemberStatus.Joined, JoinedAt = T0 },
            new MemberRecord { Municipality = "1874", Role = MemberRole.Member, Status = MemberStatus.Joined, JoinedAt = T0.AddDays(1), AuthorizationReference = "secret-mandate-42" },
            new MemberRecord { Municipality = "1856", Role = MemberRole.Member, Status = MemberStatus.Invited, Message = "secret-invitation-text" },
            new MemberRecord { Municipality = "0301", Role = MemberRole.Member, Status = MemberStatus.Declined },
            new MemberRecord { Municipality = "4601", Role = MemberRole.Member, Status = MemberStatus.Left },
        ],
        PooledNeeds = needs,
        CombinedEstimatedValueNok = needs.Sum(n => n.EstimatedValueNok),
        Cpv = needs.SelectMany(n => n.Cpv).Distinct().ToList(),
        Timeline = [],
        DialogueEventIds = ["e1", "e2", "e3"],
    };

    private static readonly PooledNeed[] Needs =
    [
        new(PublicNeed, "5001", 2_000_000, ProcurementCategory.Services, ["85000000-9", "72000000-5"], T0.AddDays(2)),
        new(HiddenNeed, "1874", 500_000, ProcurementCategory.Goods, ["33000000-0"], T0.AddDays(3)),
    ];

    private static readonly OcdsDialogue Dialogue = new(
        [
            new("e2", "Dialogkonferanse", "Hva finnes i markedet?", "CONFERENCE", T0.AddDays(20), T0.AddDays(20).AddHours(3), DialogueEventStatus.Held, T0.AddDays(5)),
            new("e1", "Webinar", "Oppfølging", "WEBINAR", T0.AddDays(30), T0.AddDays(30).AddHours(1), DialogueEventStatus.Announced, T0.AddDays(6)),
            new("e3", "Én-til-én-møter", "", "ONE_TO_ONE_MEETINGS", T0.AddDays(40), T0.AddDays(41), DialogueEventStatus.Cancelled, T0.AddDays(7), T0.AddDays(8)),
        ],
        [
            new("q1", "Kan tilbudet omfatte drift?", T0.AddDays(9), "Ja, drift kan inngå.", T0.AddDays(10)),
            new("q2", "Ubesvart spørsmål som ikke er publisert", T0.AddDays(11), null, null),
        ]);

    private static readonly Dictionary<string, string> PublicTitles = new() { [PublicNeed] = "Trygghetsalarmer for hjemmeboende" };

    private OcdsRelease Full() => _mapper.Release(new OcdsConsortiumInput(Consortium(Needs), PublicTitles, Dialogue));

    private static JsonNode Json(object value) => JsonNode.Parse(JsonSerializer.Serialize(value, OcdsJson.Options))!;

    [Fact]
    public void A_consortium_becomes_a_planning_release_under_the_configured_prefix()
    {
        var r = Json(Full());
        Assert.Equal("ocds-test01-c0ffee", (string?)r["ocid"]);
        Assert.Equal(["planning"], r["tag"]!.AsArray().Select(t => (string?)t));
        Assert.Equal("tender", (string?)r["initiationType"]);
        Assert.Equal("planning", (string?)r["tender"]!["status"]);
        Assert.Equal("c0ffee", (string?)r["tender"]!["id"]);
        Assert.Equal("Trygghetsalarmer i Trøndelag og Nordland", (string?)r["tender"]!["title"]);
        Assert.Equal(2_500_000, (long?)r["tender"]!["value"]!["amount"]);
        Assert.Equal("NOK", (string?)r["tender"]!["value"]!["currency"]);
        Assert.Equal("services", (string?)r["tender"]!["mainProcurementCategory"]);
        Assert.Equal(["goods"], r["tender"]!["additionalProcurementCategories"]!.AsArray().Select(t => (string?)t));
        Assert.Equal(T0.AddDays(10).UtcDateTime, r["date"]!.GetValue<DateTime>()); // the latest change: the published answer
    }

    [Fact]
    public void Every_joined_member_is_a_buyer_and_the_lead_also_the_procuring_entity()
    {
        var r = Json(Full());
        var parties = r["parties"]!.AsArray();
        Assert.Equal(["kommune-5001", "kommune-1874"], parties.Select(p => (string?)p!["id"]));
        Assert.Equal(["buyer", "procuringEntity"], parties[0]!["roles"]!.AsArray().Select(x => (string?)x));
        Assert.Equal(["buyer"], parties[1]!["roles"]!.AsArray().Select(x => (string?)x));
        Assert.Equal("NO-BRC", (string?)parties[0]!["identifier"]!["scheme"]);
        Assert.Equal(OrgNumbers.Of("5001"), (string?)parties[0]!["identifier"]!["id"]);
        Assert.Equal("Trøndelag", (string?)parties[0]!["address"]!["region"]);
        Assert.Equal("kommune-5001", (string?)r["buyer"]!["id"]);
        Assert.Equal("kommune-5001", (string?)r["tender"]!["procuringEntity"]!["id"]);
    }

    [Fact]
    public void Pooled_needs_are_items_classified_by_cpv_and_only_public_needs_show_their_id_and_title()
    {
        var items = Json(Full())["tender"]!["items"]!.AsArray();
        Assert.Equal(2, items.Count);
        Assert.Equal(PublicNeed, (string?)items[0]!["id"]);
        Assert.Equal("Trygghetsalarmer for hjemmeboende", (string?)items[0]!["description"]);
        Assert.Equal("CPV", (string?)items[0]!["classification"]!["scheme"]);
        Assert.Equal("85000000", (string?)items[0]!["classification"]!["id"]);
        Assert.Equal("72000000", (string?)items[0]!["additionalClassifications"]![0]!["id"]);

        Assert.StartsWith("item-", (string?)items[1]!["id"]);
        Assert.Equal("33000000", (string?)items[1]!["classification"]!["id"]);
        Assert.DoesNotContain(HiddenNeed, Json(Full()).ToJsonString());
    }

    [Fact]
    public void Dialogue_events_are_engagement_milestones_in_date_order()
    {
        var milestones = Json(Full())["tender"]!["milestones"]!.AsArray();
        Assert.Equal(["e2", "e1", "e3"], milestones.Select(m => (string?)m!["id"]));
        Assert.All(milestones, m => Assert.Equal("engagement", (string?)m!["type"]));
        Assert.Equal(["met", "scheduled", "notMet"], milestones.Select(m => (string?)m!["status"]));
        Assert.Equal(T0.AddDays(20).AddHours(3).UtcDateTime, milestones[0]!["dateMet"]!.GetValue<DateTime>());
        Assert.Null(milestones[1]!["dateMet"]);
        Assert.Equal(T0.AddDays(30).UtcDateTime, milestones[1]!["dueDate"]!.GetValue<DateTime>());
        Assert.Equal("CONFERENCE", (string?)milestones[0]!["code"]);
    }

    [Fact]
    public void Published_answers_are_enquiries_without_an_author_and_unanswered_questions_stay_out()
    {
        var tender = Json(Full())["tender"]!;
        var enquiries = tender["enquiries"]!.AsArray();
        Assert.True((bool)tender["hasEnquiries"]!);
        var q = Assert.Single(enquiries)!;
        Assert.Equal("q1", (string?)q["id"]);
        Assert.Equal("Kan tilbudet omfatte drift?", (string?)q["description"]);
        Assert.Equal("Ja, drift kan inngå.", (string?)q["answer"]);
        Assert.Equal(T0.AddDays(10).UtcDateTime, q["dateAnswered"]!.GetValue<DateTime>());
        Assert.Null(q["author"]);
        Assert.DoesNotContain("enquirer", Json(Full()).ToJsonString());
        Assert.DoesNotContain("Ubesvart", Json(Full()).ToJsonString());
    }

    [Fact]
    public void Internal_details_of_members_never_reach_the_release()
    {
        var text = Json(Full()).ToJsonString();
        Assert.DoesNotContain("secret-mandate-42", text);
        Assert.DoesNotContain("secret-invitation-text", text);
        Assert.DoesNotContain("kommune-1856", text);
        Assert.DoesNotContain("kommune-0301", text);
        Assert.DoesNotContain("kommune-4601", text);
    }

    [Fact]
    public void The_release_id_is_stable_for_the_same_data_and_changes_with_it()
    {
        Assert.Equal(Json(Full()).ToJsonString(), Json(Full()).ToJsonString());
        Assert.Equal(Full().Id, Full().Id);
        var more = _mapper.Release(new OcdsConsortiumInput(Consortium(Needs), PublicTitles,
            Dialogue with { Enquiries = [.. Dialogue.Enquiries, new("q3", "Nytt?", T0.AddDays(12), "Nei.", T0.AddDays(12))] }));
        Assert.NotEqual(Full().Id, more.Id);
        Assert.StartsWith("planning-", more.Id);
    }

    [Fact]
    public async Task A_full_release_package_validates_against_the_official_schema_with_the_enquiries_extension()
    {
        var package = _mapper.Package([Full()], "https://samspill.example/ocds/releases");
        var errors = await OcdsSchema.ValidatePackageAsync(JsonSerializer.Serialize(package, OcdsJson.Options));
        Assert.Empty(errors);
        Assert.Equal(Full().Date, package.PublishedDate);
        Assert.Equal([OcdsMapper.EnquiriesExtension], package.Extensions);
    }

    [Fact]
    public async Task A_bare_consortium_without_needs_or_dialogue_validates_too()
    {
        var bare = Consortium() with { Members = [new MemberRecord { Municipality = "1508", Role = MemberRole.Lead, Status = MemberStatus.Joined }], Lead = "1508" };
        var release = _mapper.Release(new OcdsConsortiumInput(bare, new Dictionary<string, string>(), OcdsDialogue.None));
        Assert.Null(release.Parties[0].Identifier); // Ålesund's organisation number is not known after the 2024 split
        Assert.Empty(release.Tender.Items);
        Assert.False(release.Tender.HasEnquiries);
        Assert.Null(release.Tender.Value);
        Assert.Empty(await OcdsSchema.ValidatePackageAsync(JsonSerializer.Serialize(_mapper.Package([release], "https://samspill.example/ocds"), OcdsJson.Options)));
    }

    [Fact]
    public async Task The_validator_catches_core_and_extension_errors()
    {
        var package = Json(_mapper.Package([Full()], "https://samspill.example/ocds/releases"));
        var badStatus = package.DeepClone();
        badStatus["releases"]![0]!["tender"]!["status"] = "bogus";
        Assert.NotEmpty(await OcdsSchema.ValidatePackageAsync(badStatus.ToJsonString()));

        // Without the extension an enquiry would be unconstrained: this fails only because the patch is applied.
        var badEnquiry = package.DeepClone();
        badEnquiry["releases"]![0]!["tender"]!["enquiries"]![0]!["answer"] = 5;
        Assert.NotEmpty(await OcdsSchema.ValidatePackageAsync(badEnquiry.ToJsonString()));

        var noOcid = package.DeepClone();
        noOcid["releases"]![0]!.AsObject().Remove("ocid");
        Assert.NotEmpty(await OcdsSchema.ValidatePackageAsync(noOcid.ToJsonString()));
    }

    [Fact]
    public void Merge_patch_follows_rfc_7386()
    {
        var target = JsonNode.Parse("""{"a":"b","c":{"d":"e","f":"g"},"k":[1,2]}""");
        var patch = JsonNode.Parse("""{"a":"z","c":{"f":null,"h":{"i":1}},"k":[3]}""");
        Assert.Equal("""{"a":"z","c":{"d":"e","h":{"i":1}},"k":[3]}""", OcdsSchema.MergePatch(target, patch)!.ToJsonString());
    }

    [Theory]
    [InlineData("ocds-samspill", true)]
    [InlineData("ocds-213czf", true)]
    [InlineData("samspill", false)]
    [InlineData("ocds-", false)]
    [InlineData("ocds-a/b", false)]
    public void Ocid_prefixes_must_look_like_ocds_prefixes(string prefix, bool valid) => Assert.Equal(valid, OcdsOptions.IsValidPrefix(prefix));

    [Fact]
    public void Every_municipality_but_the_two_split_in_2024_has_an_organisation_number()
    {
        Assert.Equal(355, OrgNumbers.Count);
        Assert.All(Catalog.Municipalities.Where(m => m.Number is not ("1508" or "1580")),
            m => Assert.True(Samspill.Grains.ReferenceData.Identifiers.IsValidOrganisationNumber(OrgNumbers.Of(m.Number)!), m.Number));
    }
}
