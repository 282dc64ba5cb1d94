namespace Samspill.Gateway.Ocds;

// The parts of OCDS 1.1.5 (with the enquiries extension) that the platform publishes. Property names follow the
// standard through camelCase serialisation (OcdsJson); null properties are left out.

/// <summary>An OCDS release package.</summary>
public sealed record OcdsReleasePackage(
    string Uri,
    string Version,
    IReadOnlyList<string> Extensions,
    DateTime PublishedDate,
    OcdsPublisher Publisher,
    string? License,
    string? PublicationPolicy,
    IReadOnlyList<OcdsRelease> Releases);

/// <summary>Who publishes the package.</summary>
public sealed record OcdsPublisher(string Name, string? Uri);

/// <summary>One release of a contracting process (here: a consortium's planned procurement).</summary>
public sealed record OcdsRelease(
    string Ocid,
    string Id,
    DateTime Date,
    IReadOnlyList<string> Tag,
    string InitiationType,
    IReadOnlyList<OcdsParty> Parties,
    OcdsOrganizationReference Buyer,
    OcdsPlanning Planning,
    OcdsTender Tender);

/// <summary>An organisation taking part, with its roles.</summary>
public sealed record OcdsParty(string Id, string Name, OcdsIdentifier? Identifier, OcdsAddress Address, IReadOnlyList<string> Roles);

/// <summary>An organisation's identifier in a registry (NO-BRC: the Brønnøysund Register Centre).</summary>
public sealed record OcdsIdentifier(string Scheme, string Id, string LegalName);

/// <summary>Where an organisation is.</summary>
public sealed record OcdsAddress(string Region, string CountryName);

/// <summary>A reference to an entry of parties.</summary>
public sealed record OcdsOrganizationReference(string Id, string Name);

/// <summary>The planning section.</summary>
public sealed record OcdsPlanning(string? Rationale);

/// <summary>The tender section of a planning release.</summary>
public sealed record OcdsTender(
    string Id,
    string Title,
    string? Description,
    string Status,
    OcdsOrganizationReference ProcuringEntity,
    IReadOnlyList<OcdsItem> Items,
    OcdsValue? Value,
    string? MainProcurementCategory,
    IReadOnlyList<string>? AdditionalProcurementCategories,
    IReadOnlyList<OcdsMilestone> Milestones,
    bool HasEnquiries,
    IReadOnlyList<OcdsEnquiry> Enquiries);

/// <summary>A line of what is to be bought: here one pooled need.</summary>
public sealed record OcdsItem(string Id, string Description, OcdsClassification Classification, IReadOnlyList<OcdsClassification>? AdditionalClassifications);

/// <summary>A code from a classification scheme (CPV).</summary>
public sealed record OcdsClassification(string Scheme, string Id, string Description);

/// <summary>An amount of money.</summary>
public sealed record OcdsValue(long Amount, string Currency);

/// <summary>A dated event of the process: here a dialogue event (type engagement).</summary>
public sealed record OcdsMilestone(
    string Id,
    string Title,
    string Type,
    string? Description,
    string? Code,
    DateTime DueDate,
    DateTime? DateMet,
    DateTime? DateModified,
    string Status);

/// <summary>A published question and its answer (enquiries extension); never with its author.</summary>
public sealed record OcdsEnquiry(string Id, DateTime Date, string Description, string Answer, DateTime? DateAnswered);
