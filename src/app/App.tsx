/** The app shell. */
export function App() {
  return (
    <main>
      <h1>LegCheck</h1>
      <p>
        Answer a few questions about your leg pain, cramps or tingling and learn which nutrient
        shortfalls could be involved, and what to ask a doctor.
      </p>
    </main>
  );
}
