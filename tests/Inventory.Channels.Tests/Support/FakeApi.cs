using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Inventory.Channels.Tests.Support;

/// <summary>A WireMock server standing in for a marketplace API.</summary>
public sealed class FakeApi : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    public string Url => _server.Urls[0];

    public int Calls(string path) => _server.LogEntries.Count(entry => entry.RequestMessage.Path == path);

    public IReadOnlyList<WireMock.Logging.ILogEntry> Entries => [.. _server.LogEntries];

    public FakeApi Json(string path, string body, int status = 200)
    {
        _server.Given(Request.Create().WithPath(path).UsingGet())
            .RespondWith(
                Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));
        return this;
    }

    /// <summary>Answers POSTs to <paramref name="path"/> with an OAuth token lasting an hour.</summary>
    public FakeApi Token(string path, string accessToken)
    {
        _server.Given(Request.Create().WithPath(path).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody($$"""{"access_token": "{{accessToken}}", "expires_in": 3600, "token_type": "bearer"}"""));
        return this;
    }

    public FakeApi Status(string path, int status)
    {
        _server.Given(Request.Create().WithPath(path).UsingGet()).RespondWith(Response.Create().WithStatusCode(status));
        return this;
    }

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }
}
