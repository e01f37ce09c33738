using Bunit;
using EmulationPortal.Web.Tests.Admin;
using Microsoft.Data.Sqlite;

namespace EmulationPortal.Web.Tests.Reliability;

/// <summary>
/// Issue 11, item 8: the database file goes away while a form is open. Before, the first read of the save (looking up
/// the user) threw, the error box replaced the page and its "Thử lại" threw the typed form away. The save is now an
/// outcome shown beside the form, which keeps what was typed, so it can be saved again once the database is back.
/// </summary>
public class DatabaseLostFormTests : UnitsPageTest
{
    private const string Name = "Tên đơn vị";

    [Fact]
    public void A_save_while_the_database_file_is_gone_says_nothing_was_saved_and_keeps_the_form_then_saves_when_it_is_back()
    {
        var page = EditPage("PX1-T2", Name);
        Field(page, Name).Change("Tổ 2 – đổi tên khi mất tệp");

        SqliteConnection.ClearAllPools();
        var away = Database.FilePath + ".away";
        File.Move(Database.FilePath, away);
        Save(page);

        page.WaitForAssertion(() => Assert.Contains("chưa có gì được ghi", page.Markup, StringComparison.Ordinal), Slow);
        Assert.Equal("Tổ 2 – đổi tên khi mất tệp", Field(page, Name).GetAttribute("value"));

        File.Move(away, Database.FilePath);
        Save(page);

        page.WaitForAssertion(() => Assert.Contains("Tổ 2 – đổi tên khi mất tệp", page.Find("table").TextContent, StringComparison.Ordinal), Slow);
    }
}
