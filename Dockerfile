# syntax=docker/dockerfile:1
# The Samspill silo: one image, co-hosting the Orleans silo and the HTTP edge.
#   docker build -t samspill-silo:dev .

# The web app (src/Web), built with Node; the .NET stage below takes its dist/ as it is (WebAppPrebuilt).
FROM node:20-bookworm-slim AS web
WORKDIR /src/Web
COPY src/Web/package.json src/Web/package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY src/Web/ ./
RUN npm run build

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore from the project files alone, so the package layer is reused until a reference changes.
# Every project src/Silo references (directly or not) must be listed here.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Silo/Silo.csproj src/Silo/
COPY src/Gateway/Gateway.csproj src/Gateway/
COPY src/Grains/Grains.csproj src/Grains/
COPY src/Web/Web.targets src/Web/
RUN dotnet restore src/Silo/Silo.csproj

COPY src/ src/
COPY --from=web /src/Web/dist src/Web/dist
RUN dotnet publish src/Silo/Silo.csproj -c Release --no-restore -o /app/publish -p:UseAppHost=false -p:WebAppPrebuilt=true

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/publish .

# One explicit URL; ASPNETCORE_HTTP_PORTS (set by the base image) is cleared so Kestrel does not
# warn that ASPNETCORE_URLS overrides it.
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_HTTP_PORTS=
# http, Orleans silo-to-silo, Orleans client gateway
EXPOSE 8080 11111 30000

# APP_UID (1654) is the non-root "app" user the .NET images provide.
USER $APP_UID
ENTRYPOINT ["dotnet", "Samspill.Silo.dll"]
