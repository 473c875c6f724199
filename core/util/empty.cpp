// Placeholder so a library whose folder is still empty can be declared.
