export function App() {
  return (
    <main>
      <h1>Tegas</h1>
      <p>{browser.i18n.getMessage('popupComingSoon')}</p>
    </main>
  );
}
