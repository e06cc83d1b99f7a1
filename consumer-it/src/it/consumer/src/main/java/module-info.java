/** An application that uses reformkit as a library, on the module path. */
module org.example.consumer {
  requires org.reformkit.core;
  requires org.reformkit.json;

  exports org.example.consumer;
}
