import { Links, Meta, Outlet, Scripts, ScrollRestoration, isRouteErrorResponse } from "react-router"
import type { Route } from "./+types/root"
import "./styles.css"

export function Layout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const title = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : "Đã có lỗi xảy ra"
  return (
    <main className="page">
      <h1>{title}</h1>
      <p>Xin lỗi, trang này tạm thời không hiển thị được. Sorry, this page could not be shown.</p>
      <p>
        <a href="/">Về trang chủ / Home</a>
      </p>
    </main>
  )
}
