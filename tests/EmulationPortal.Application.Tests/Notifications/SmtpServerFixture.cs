namespace EmulationPortal.Application.Tests.Notifications;

/// <summary>One smtp4dev server for the tests of a class (it takes a while to start); each test clears it first.</summary>
public sealed class SmtpServerFixture : IAsyncLifetime
{
    public Smtp4devServer Server { get; private set; } = default!;

    public async ValueTask InitializeAsync() => Server = await Smtp4devServer.StartAsync(TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
