namespace Samspill.Grains.ReferenceData;

/// <summary>One of the 357 municipalities (2024 structure).</summary>
public sealed record MunicipalityInfo(
    string Number, string Name, string CountyNumber, int Population, int CentralityClass, bool SmallDistrict);

/// <summary>One of the 15 counties (2024 structure).</summary>
public sealed record CountyInfo(string Number, string Name, IReadOnlyList<string> MunicipalityNumbers);

/// <summary>A CPV 2008 code with its labels; <see cref="Code"/> includes the check digit.</summary>
public sealed record CpvInfo(string Code, string LabelEn, string LabelNo)
{
    /// <summary>The eight digits before the check digit.</summary>
    public string Digits => Code[..8];

    /// <summary>Label in Norwegian where known, else English.</summary>
    public string Label => string.IsNullOrWhiteSpace(LabelNo) ? LabelEn : LabelNo;
}
