using System.Globalization;
using EmulationPortal.Application.Audit;

namespace EmulationPortal.Application.Tests.Auditing;

/// <summary>The audit log in words an administrator reads (issue 19): values per culture, names for known ids, secrets hidden.</summary>
public class AuditChangeFormatterTests
{
    private const string UserId = "7f1c2d3e-0000-4000-8000-00000000abcd";
    private static readonly CultureInfo Vi = new("vi-VN");
    private static readonly CultureInfo En = new("en-US");
    private static readonly AuditWords Words = new("Có", "Không", "(ẩn)");

    private static readonly AuditNames Names = new(
        new Dictionary<int, string> { [3] = "Phân xưởng 1 – Đạn dược", [2] = "Nhà máy Z121" },
        new Dictionary<string, string> { [UserId] = "Nguyễn Văn An" },
        new Dictionary<int, string> { [1] = "Lập công dâng Đảng" },
        new Dictionary<int, string> { [4] = "Sự cố mất an toàn" });

    private static AuditFieldChange Field(string json, string field, CultureInfo? culture = null, string type = "Pledge") =>
        AuditChangeFormatter.Format(type, json, Names, Words, culture ?? Vi).Single(c => c.Field == field);

    [Fact]
    public void Numbers_follow_the_reader_s_culture()
    {
        const string json = """{"TargetValue":[4500.5,120000]}""";

        Assert.Equal(new AuditFieldChange("TargetValue", "4.500,5", "120.000"), Field(json, "TargetValue"));
        Assert.Equal(new AuditFieldChange("TargetValue", "4,500.5", "120,000"), Field(json, "TargetValue", En));
    }

    [Fact]
    public void Days_are_written_as_days_and_instants_in_factory_time()
    {
        const string json = """{"EndDate":["2021-01-31","2021-02-02"],"SubmittedAtUtc":[null,"2021-01-12T03:30:00Z"]}""";

        Assert.Equal(new AuditFieldChange("EndDate", "31/01/2021", "02/02/2021"), Field(json, "EndDate"));
        Assert.Equal(new AuditFieldChange("EndDate", "1/31/2021", "2/2/2021"), Field(json, "EndDate", En));
        var submitted = Field(json, "SubmittedAtUtc");
        Assert.Null(submitted.Before);
        Assert.Equal("12/01/2021 10:30", submitted.After); // UTC+7
    }

    [Fact]
    public void Ids_of_units_people_drives_and_criteria_become_their_names()
    {
        const string json = $$"""{"OrgUnitId":[null,3],"UserId":[null,"{{UserId}}"],"CampaignId":[null,1],"CriterionId":[null,4],"ParentId":[null,2]}""";

        Assert.Equal("Phân xưởng 1 – Đạn dược", Field(json, "OrgUnitId").After);
        Assert.Equal("Nguyễn Văn An", Field(json, "UserId").After);
        Assert.Equal("Lập công dâng Đảng", Field(json, "CampaignId").After);
        Assert.Equal("Sự cố mất an toàn", Field(json, "CriterionId").After);
        Assert.Equal("Nhà máy Z121", Field(json, "ParentId", type: "OrgUnit").After);
    }

    [Fact]
    public void An_id_that_names_nothing_known_and_a_count_stay_numbers()
    {
        const string json = """{"OrgUnitId":[null,99],"SortOrder":[1,3],"ParentId":[null,2]}""";

        Assert.Equal("99", Field(json, "OrgUnitId").After);
        Assert.Equal(new AuditFieldChange("SortOrder", "1", "3"), Field(json, "SortOrder"));
        Assert.Equal("2", Field(json, "ParentId", type: "Pledge").After); // only a unit's parent is a unit
    }

    [Fact]
    public void Flags_read_yes_or_no_and_secrets_are_never_shown()
    {
        const string json = """{"IsActive":[true,false],"PasswordHash":["***","***"]}""";

        Assert.Equal(new AuditFieldChange("IsActive", "Có", "Không"), Field(json, "IsActive"));
        Assert.Equal(new AuditFieldChange("PasswordHash", "(ẩn)", "(ẩn)"), Field(json, "PasswordHash"));
    }

    [Fact]
    public void Text_stays_as_typed_and_fields_keep_their_order()
    {
        var changes = AuditChangeFormatter.Format("OrgUnit", """{"Name":["Tổ 1","Tổ 1 – Phân xưởng 1"],"Code":[null,"PX1-T1"]}""", Names, Words, Vi);

        Assert.Equal([new("Name", "Tổ 1", "Tổ 1 – Phân xưởng 1"), new("Code", null, "PX1-T1")], changes);
    }

    [Fact]
    public void An_entry_is_about_a_named_record_when_the_name_is_known()
    {
        Assert.Equal("Phân xưởng 1 – Đạn dược", AuditChangeFormatter.Subject("OrgUnit", "3", Names));
        Assert.Equal("Nguyễn Văn An", AuditChangeFormatter.Subject("PortalUser", UserId, Names));
        Assert.Equal("Lập công dâng Đảng", AuditChangeFormatter.Subject("Campaign", "1", Names));
        Assert.Equal("12", AuditChangeFormatter.Subject("Pledge", "12", Names));
        Assert.Equal("-", AuditChangeFormatter.Subject("Ballot", "-", Names)); // a secret ballot keeps no key
    }

    [Fact]
    public void The_text_values_of_an_entry_are_the_candidates_for_people_s_ids()
    {
        Assert.Equal([UserId, "x"], AuditChangeFormatter.Texts($$"""{"UserId":[null,"{{UserId}}"],"Name":["x",null],"Count":[1,2]}"""));
        Assert.Empty(AuditChangeFormatter.Texts("[]"));
    }
}
