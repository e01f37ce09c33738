using EmulationPortal.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace EmulationPortal.Application.Tests;

/// <summary>The PostgreSQL migrations match the model and build the whole store on a real, empty PostgreSQL database.</summary>
public class PostgresMigrationsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_Postgres_migrations_have_no_pending_model_changes_and_apply_to_an_empty_database()
    {
        await using var database = await PostgresTestDatabase.CreateEmptyAsync();
        await using (var db = database.NewContext())
        {
            Assert.False(db.Database.HasPendingModelChanges());
            Assert.NotEmpty(await db.Database.GetPendingMigrationsAsync(Ct));
        }

        await database.InitialiseAsync();

        await using var migrated = database.NewContext();
        Assert.Empty(await migrated.Database.GetPendingMigrationsAsync(Ct));
        Assert.Equal(DatabaseRegistration.PostgresMigrationsAssembly, migrated.Database.GetMigrations().Any() ? DatabaseRegistration.PostgresMigrationsAssembly : null);
        Assert.Equal(4, await migrated.Roles.CountAsync(Ct));
    }
}
